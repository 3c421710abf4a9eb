const std = @import("std");
pub fn main() void {
    std.debug.print("{d} {d} {d} {d}\n", .{ @sizeOf(???u32), @sizeOf(anyerror!?anyerror!u64), @alignOf(?anyerror!u8), @sizeOf(?*u8) });
}
