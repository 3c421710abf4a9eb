const std = @import("std");

const Shape = struct {
    ptr: *anyopaque,
    areaFn: *const fn (*anyopaque) f64,
    nameFn: *const fn (*anyopaque) []const u8,

    fn area(self: Shape) f64 {
        return self.areaFn(self.ptr);
    }
    fn name(self: Shape) []const u8 {
        return self.nameFn(self.ptr);
    }
};

const Circle = struct {
    r: f64,
    fn area(ptr: *anyopaque) f64 {
        const self: *Circle = @ptrCast(@alignCast(ptr));
        return std.math.pi * self.r * self.r;
    }
    fn name(_: *anyopaque) []const u8 {
        return "circle";
    }
    fn shape(self: *Circle) Shape {
        return .{ .ptr = self, .areaFn = area, .nameFn = name };
    }
};

const Square = struct {
    side: f64,
    fn area(ptr: *anyopaque) f64 {
        const self: *Square = @ptrCast(@alignCast(ptr));
        return self.side * self.side;
    }
    fn name(_: *anyopaque) []const u8 {
        return "square";
    }
    fn shape(self: *Square) Shape {
        return .{ .ptr = self, .areaFn = area, .nameFn = name };
    }
};

fn total(shapes: []const Shape) f64 {
    var t: f64 = 0;
    for (shapes) |s| t += s.area();
    return t;
}

pub fn main() void {
    var c = Circle{ .r = 2 };
    var s = Square{ .side = 3 };
    const shapes = [_]Shape{ c.shape(), s.shape() };
    for (shapes) |sh| std.debug.print("{s}: {d:.2}\n", .{ sh.name(), sh.area() });
    std.debug.print("total {d:.3}\n", .{total(&shapes)});
    s.side = 1;
    std.debug.print("after {d:.3}\n", .{total(&shapes)});
}
