const std = @import("std");
const testing = std.testing;

const Vec2 = struct {
    x: f64,
    y: f64,

    fn len(self: Vec2) f64 {
        return @sqrt(self.x * self.x + self.y * self.y);
    }

    pub fn format(self: Vec2, comptime _: []const u8, _: std.fmt.FormatOptions, w: anytype) !void {
        try w.print("({d:.1}, {d:.1})", .{ self.x, self.y });
    }
};

test "expectFmt on a user type" {
    try testing.expectFmt("(3.0, 4.0)", "{}", .{Vec2{ .x = 3, .y = 4 }});
}

test "expectFmt on numbers" {
    try testing.expectFmt("0x1f|  31|11111", "0x{x}|{d:>4}|{b}", .{ 31, 31, 31 });
}

test "expectFmt mismatch" {
    try testing.expectFmt("(1.0, 2.0)", "{}", .{Vec2{ .x = 1, .y = 2.25 }});
}

test "approx abs ok" {
    const v = Vec2{ .x = 1, .y = 1 };
    try testing.expectApproxEqAbs(@as(f64, 1.41421), v.len(), 1e-5);
}

test "approx abs fails" {
    const v = Vec2{ .x = 1, .y = 2 };
    try testing.expectApproxEqAbs(@as(f64, 2.2), v.len(), 0.01);
}

test "approx rel" {
    try testing.expectApproxEqRel(@as(f32, 100.0), @as(f32, 100.5), 0.01);
    try testing.expectApproxEqRel(@as(f32, 100.0), @as(f32, 103.0), 0.01);
}

test "expect plain false" {
    const v = Vec2{ .x = 0, .y = 0 };
    try testing.expect(v.len() > 0);
}

test "expectEqual floats" {
    try testing.expectEqual(@as(f64, 0.3), 0.1 + 0.2);
}
