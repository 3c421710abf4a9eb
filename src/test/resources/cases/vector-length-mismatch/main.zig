const std = @import("std");
pub fn main() void {
    const a: @Vector(3, i32) = .{ 1, 2, 3 };
    const b: @Vector(4, i32) = .{ 1, 2, 3, 4 };
    std.debug.print("{any}\n", .{a * b});
}
