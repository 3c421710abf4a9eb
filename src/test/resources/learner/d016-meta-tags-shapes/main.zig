const std = @import("std");
const testing = std.testing;

const Shape = union(enum) {
    circle: f32,
    rect: struct { w: f32, h: f32 },
    point,

    fn area(self: Shape) f32 {
        return switch (self) {
            .circle => |r| 3.0 * r * r,
            .rect => |r| r.w * r.h,
            .point => 0,
        };
    }
};

const Kind = std.meta.Tag(Shape);

fn countKinds(shapes: []const Shape) std.EnumArray(Kind, usize) {
    var counts = std.EnumArray(Kind, usize).initFill(0);
    for (shapes) |s| counts.getPtr(std.meta.activeTag(s)).* += 1;
    return counts;
}

test "activeTag and Tag" {
    const s = Shape{ .circle = 2 };
    try testing.expectEqual(Kind.circle, std.meta.activeTag(s));
    try testing.expect(std.meta.activeTag(@as(Shape, .point)) == .point);
    try testing.expectEqualStrings("rect", @tagName(std.meta.activeTag(Shape{ .rect = .{ .w = 1, .h = 2 } })));
}

test "counting kinds" {
    const shapes = [_]Shape{ .{ .circle = 1 }, .point, .{ .rect = .{ .w = 2, .h = 3 } }, .{ .circle = 4 } };
    const counts = countKinds(&shapes);
    try testing.expectEqual(@as(usize, 2), counts.get(.circle));
    try testing.expectEqual(@as(usize, 1), counts.get(.rect));
    try testing.expectEqual(@as(usize, 1), counts.get(.point));
}

test "meta.eql compares unions and structs deeply" {
    const a = Shape{ .rect = .{ .w = 2, .h = 3 } };
    const b = Shape{ .rect = .{ .w = 2, .h = 3 } };
    const c = Shape{ .rect = .{ .w = 3, .h = 2 } };
    try testing.expect(std.meta.eql(a, b));
    try testing.expect(!std.meta.eql(a, c));
    try testing.expect(!std.meta.eql(a, Shape.point));
    try testing.expectEqual(a.area(), c.area());
}

test "area of a circle is wrong on purpose" {
    try testing.expectEqual(@as(f32, 12.5), (Shape{ .circle = 2 }).area());
}
