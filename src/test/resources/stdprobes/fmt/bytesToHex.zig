const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    std.debug.print("lower: {s}\n", .{fmt.bytesToHex("\x01\xab\xff", .lower)});
    std.debug.print("upper: {s}\n", .{fmt.bytesToHex([_]u8{ 0xde, 0xad }, .upper)});
    std.debug.print("empty len: {}\n", .{fmt.bytesToHex("", .lower).len});
}
