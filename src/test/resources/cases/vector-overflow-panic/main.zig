const std = @import("std");

fn bump(v: @Vector(4, u8)) @Vector(4, u8) {
    return v + @as(@Vector(4, u8), @splat(10));
}

pub fn main() void {
    var v: @Vector(4, u8) = .{ 1, 2, 250, 3 };
    _ = &v;
    std.debug.print("wrapping {any}\n", .{v +% @as(@Vector(4, u8), @splat(10))});
    std.debug.print("saturating {any}\n", .{v +| @as(@Vector(4, u8), @splat(10))});
    const w = bump(v);
    std.debug.print("unreachable {any}\n", .{w});
}
