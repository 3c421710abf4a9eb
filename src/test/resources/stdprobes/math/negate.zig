const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("5: {!}\n", .{math.negate(@as(i8, 5))});
    std.debug.print("-128: {!}\n", .{math.negate(@as(i8, -128))});
    std.debug.print("-127: {!}\n", .{math.negate(@as(i8, -127))});
    std.debug.print("0: {!}\n", .{math.negate(@as(i32, 0))});
}
