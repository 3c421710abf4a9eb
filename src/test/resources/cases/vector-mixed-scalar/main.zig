const std = @import("std");
pub fn main() void {
    var v: @Vector(3, f32) = .{ 1, 2, 3 };
    _ = &v;
    std.debug.print("{any}\n", .{v * 2.0});
}
