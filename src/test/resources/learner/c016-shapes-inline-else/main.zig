const std = @import("std");

const Circle = struct {
    r: f64,
    pub fn area(self: Circle) f64 {
        return std.math.pi * self.r * self.r;
    }
    pub fn perimeter(self: Circle) f64 {
        return 2 * std.math.pi * self.r;
    }
};

const Rect = struct {
    w: f64,
    h: f64,
    pub fn area(self: Rect) f64 {
        return self.w * self.h;
    }
    pub fn perimeter(self: Rect) f64 {
        return 2 * (self.w + self.h);
    }
};

const Triangle = struct {
    a: f64,
    b: f64,
    c: f64,
    pub fn area(self: Triangle) f64 {
        const s = (self.a + self.b + self.c) / 2;
        return @sqrt(s * (s - self.a) * (s - self.b) * (s - self.c));
    }
    pub fn perimeter(self: Triangle) f64 {
        return self.a + self.b + self.c;
    }
};

const Shape = union(enum) {
    circle: Circle,
    rect: Rect,
    triangle: Triangle,

    pub fn area(self: Shape) f64 {
        return switch (self) {
            inline else => |s| s.area(),
        };
    }

    pub fn perimeter(self: Shape) f64 {
        switch (self) {
            inline else => |s, tag| {
                std.debug.print("  ({s} perimeter)\n", .{@tagName(tag)});
                return s.perimeter();
            },
        }
    }
};

pub fn main() void {
    const shapes = [_]Shape{
        .{ .circle = .{ .r = 1.5 } },
        .{ .rect = .{ .w = 3, .h = 4.5 } },
        .{ .triangle = .{ .a = 3, .b = 4, .c = 5 } },
        .{ .circle = .{ .r = 0.5 } },
    };
    var total: f64 = 0;
    var largest: ?Shape = null;
    for (shapes) |s| {
        const a = s.area();
        total += a;
        std.debug.print("{s:<8} area {d:.3}, perimeter {d:.2}\n", .{ @tagName(s), a, s.perimeter() });
        if (largest == null or a > largest.?.area()) largest = s;
    }
    std.debug.print("total area {d:.4}\n", .{total});
    std.debug.print("largest is a {s}\n", .{@tagName(largest.?)});
}
