const std = @import("std");
const expectEqual = std.testing.expectEqual;

fn lerp(a: @Vector(4, f32), b: @Vector(4, f32), t: f32) @Vector(4, f32) {
    const tv: @Vector(4, f32) = @splat(t);
    return a + (b - a) * tv;
}

test "vectors add element by element" {
    const a: @Vector(4, i32) = .{ 1, 2, 3, 4 };
    const b: @Vector(4, i32) = .{ 10, 20, 30, 40 };
    try expectEqual(@Vector(4, i32){ 11, 22, 33, 44 }, a + b);
    try std.testing.expect(@reduce(.And, a + b == @Vector(4, i32){ 11, 22, 33, 44 }));
}

test "lerp halfway" {
    const r = lerp(.{ 0, 0, 0, 0 }, .{ 2, 4, 6, 8 }, 0.5);
    try expectEqual(@Vector(4, f32){ 1, 2, 3, 4 }, r);
}

test "a wrong element" {
    var v: @Vector(3, u8) = .{ 1, 2, 3 };
    v[1] = 7;
    try expectEqual(@Vector(3, u8){ 1, 2, 3 }, v);
}

test "bools" {
    const a: @Vector(4, u8) = .{ 1, 5, 3, 9 };
    const m = a > @as(@Vector(4, u8), @splat(4));
    try expectEqual(@Vector(4, bool){ false, true, false, true }, m);
    try expectEqual(@Vector(4, bool){ false, true, true, true }, m);
}
