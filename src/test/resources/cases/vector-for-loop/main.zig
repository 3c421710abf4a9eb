const std = @import("std");
pub fn main() void {
    const v: @Vector(3, i32) = .{ 1, 2, 3 };
    for (v) |x| std.debug.print("{d}\n", .{x});
}
