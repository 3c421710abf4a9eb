const std = @import("std");

pub fn main() void {
    var ints: @Vector(4, i32) = .{ 1, -2, 3, -4 };
    ints = @abs(ints) * @as(@Vector(4, i32), @splat(10));
    std.debug.print("{any}\n", .{ints});
}
