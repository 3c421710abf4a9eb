const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    std.debug.print("u32: {s}\n", .{fmt.hex(@as(u32, 0xdeadbeef))});
    std.debug.print("u8: {s}\n", .{fmt.hex(@as(u8, 0x0f))});
    std.debug.print("u64: {s}\n", .{fmt.hex(@as(u64, 0x12345678_abcdef00))});
}
