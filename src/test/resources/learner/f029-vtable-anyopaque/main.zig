const std = @import("std");

const Shape = struct {
    ptr: *anyopaque,
    vtable: *const VTable,

    const VTable = struct {
        area: *const fn (*anyopaque) f64,
        name: *const fn (*anyopaque) []const u8,
        scale: *const fn (*anyopaque, f64) void,
    };

    fn area(self: Shape) f64 {
        return self.vtable.area(self.ptr);
    }
    fn name(self: Shape) []const u8 {
        return self.vtable.name(self.ptr);
    }
    fn scale(self: Shape, k: f64) void {
        self.vtable.scale(self.ptr, k);
    }
};

const Rect = struct {
    w: f64,
    h: f64,
    fn area(p: *anyopaque) f64 {
        const self: *Rect = @ptrCast(@alignCast(p));
        return self.w * self.h;
    }
    fn name(_: *anyopaque) []const u8 {
        return "rect";
    }
    fn scale(p: *anyopaque, k: f64) void {
        const self: *Rect = @ptrCast(@alignCast(p));
        self.w *= k;
        self.h *= k;
    }
    fn shape(self: *Rect) Shape {
        return .{ .ptr = self, .vtable = &.{ .area = area, .name = name, .scale = scale } };
    }
};

const Circle = struct {
    r: f64,
    fn area(p: *anyopaque) f64 {
        const self: *Circle = @ptrCast(@alignCast(p));
        return 3.0 * self.r * self.r;
    }
    fn name(_: *anyopaque) []const u8 {
        return "circle";
    }
    fn scale(p: *anyopaque, k: f64) void {
        const self: *Circle = @ptrCast(@alignCast(p));
        self.r *= k;
    }
    const vtable = Shape.VTable{ .area = area, .name = name, .scale = scale };
    fn shape(self: *Circle) Shape {
        return .{ .ptr = self, .vtable = &vtable };
    }
};

pub fn main() void {
    var r = Rect{ .w = 2, .h = 3.5 };
    var c = Circle{ .r = 1.5 };
    const shapes = [_]Shape{ r.shape(), c.shape(), Rect.shape(&r) };
    var total: f64 = 0;
    for (shapes) |s| {
        std.debug.print("{s}: {d:.2}\n", .{ s.name(), s.area() });
        total += s.area();
    }
    shapes[0].scale(2);
    std.debug.print("total {d:.3}, rect now {d}x{d}, shapes[2] area {d}\n", .{ total, r.w, r.h, shapes[2].area() });
}
