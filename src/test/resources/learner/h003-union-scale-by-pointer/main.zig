const std = @import("std");

const Circle = struct { r: f64 };
const Rect = struct { w: f64, h: f64 };

const Shape = union(enum) {
    circle: Circle,
    rect: Rect,
    tri: [3]f64,
    empty,

    fn area(self: Shape) f64 {
        return switch (self) {
            .circle => |c| std.math.pi * c.r * c.r,
            .rect => |r| r.w * r.h,
            .tri => |s| blk: {
                const p = (s[0] + s[1] + s[2]) / 2;
                break :blk @sqrt(p * (p - s[0]) * (p - s[1]) * (p - s[2]));
            },
            .empty => 0,
        };
    }
};

fn scaleAll(shapes: []Shape, k: f64) void {
    for (shapes) |*s| {
        switch (s.*) {
            .circle => |*c| c.r *= k,
            .rect => |*r| {
                r.w *= k;
                r.h *= k;
            },
            .tri => |*t| for (t) |*side| {
                side.* *= k;
            },
            .empty => {},
        }
    }
}

pub fn main() void {
    var shapes = [_]Shape{
        .{ .circle = .{ .r = 1 } },
        .{ .rect = .{ .w = 2, .h = 3 } },
        .{ .tri = .{ 3, 4, 5 } },
        .empty,
    };
    for (shapes) |s| std.debug.print("{s:>6}: {d:.4}\n", .{ @tagName(s), s.area() });
    scaleAll(&shapes, 2);
    for (shapes) |s| std.debug.print("{s:>6}: {d:.4}\n", .{ @tagName(s), s.area() });
    std.debug.print("{any}\n", .{shapes[1]});
    std.debug.print("{any}\n", .{shapes[2]});
    std.debug.print("{}\n", .{shapes[3]});
    const tag: std.meta.Tag(Shape) = shapes[0];
    std.debug.print("tag={} active={s}\n", .{ tag, @tagName(std.meta.activeTag(shapes[2])) });
    std.debug.print("{s}\n", .{@typeName(@TypeOf(shapes[0].circle))});
}
