const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("u8 true: {}\n", .{math.boolMask(u8, true)});
    std.debug.print("u8 false: {}\n", .{math.boolMask(u8, false)});
    std.debug.print("i32 true: {}\n", .{math.boolMask(i32, true)});
    std.debug.print("u1 true: {}\n", .{math.boolMask(u1, true)});
}
