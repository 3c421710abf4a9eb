const std = @import("std");
pub fn main() void {
    var a: @Vector(4, i32) = .{ 7, -7, 7, -7 };
    _ = &a;
    const b: @Vector(4, i32) = .{ 2, 2, -2, -2 };
    std.debug.print("{any} {any}\n", .{ a / b, @rem(a, b) });
    std.debug.print("{any}\n", .{a == [4]i32{ 7, 0, 7, 0 }});
    std.debug.print("{any} {s}\n", .{ @abs(a), @typeName(@TypeOf(@abs(a))) });
    const ff: @Vector(2, f32) = .{ 1.5, -2 };
    std.debug.print("{d} {any}\n", .{ -ff, ff < @as(@Vector(2, f32), @splat(0)) });
    var m: @Vector(4, i32) = .{ std.math.minInt(i32), 1, 2, 3 };
    _ = &m;
    std.debug.print("{any}\n", .{m / @as(@Vector(4, i32), @splat(-1))});
}
