const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("-5 rem 3: {!}\n", .{math.rem(i32, -5, 3)});
    std.debug.print("5 rem 3: {!}\n", .{math.rem(i32, 5, 3)});
    std.debug.print("rem 0: {!}\n", .{math.rem(i32, 5, 0)});
    std.debug.print("rem -3: {!}\n", .{math.rem(i32, 5, -3)});
}
