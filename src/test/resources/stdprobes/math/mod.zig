const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("-5 mod 3: {!}\n", .{math.mod(i32, -5, 3)});
    std.debug.print("5 mod 3: {!}\n", .{math.mod(i32, 5, 3)});
    std.debug.print("mod 0: {!}\n", .{math.mod(i32, 5, 0)});
    std.debug.print("mod -3: {!}\n", .{math.mod(i32, 5, -3)});
    std.debug.print("float: {!d}\n", .{math.mod(f64, -5.5, 2.0)});
}
