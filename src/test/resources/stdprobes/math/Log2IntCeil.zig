const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("u8: {}\n", .{math.Log2IntCeil(u8)});
    std.debug.print("u32: {}\n", .{math.Log2IntCeil(u32)});
    std.debug.print("u1: {}\n", .{math.Log2IntCeil(u1)});
}
