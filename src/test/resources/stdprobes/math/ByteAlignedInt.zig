const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("u1: {}\n", .{math.ByteAlignedInt(u1)});
    std.debug.print("i9: {}\n", .{math.ByteAlignedInt(i9)});
    std.debug.print("u16: {}\n", .{math.ByteAlignedInt(u16)});
    std.debug.print("u0: {}\n", .{math.ByteAlignedInt(u0)});
}
