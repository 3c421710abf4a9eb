const std = @import("std");

const Shape = struct {
    ptr: *anyopaque,
    vtable: *const VTable,
    const VTable = struct {
        area: *const fn (*anyopaque) f64,
        name: *const fn (*anyopaque) []const u8,
        scale: *const fn (*anyopaque, f64) void,
    };
    fn area(s: Shape) f64 {
        return s.vtable.area(s.ptr);
    }
    fn name(s: Shape) []const u8 {
        return s.vtable.name(s.ptr);
    }
    fn scale(s: Shape, k: f64) void {
        s.vtable.scale(s.ptr, k);
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
    fn scale(ptr: *anyopaque, k: f64) void {
        const self: *Circle = @ptrCast(@alignCast(ptr));
        self.r *= k;
    }
    fn shape(self: *Circle) Shape {
        return .{ .ptr = self, .vtable = &.{ .area = area, .name = name, .scale = scale } };
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
    fn scale(ptr: *anyopaque, k: f64) void {
        const self: *Square = @ptrCast(@alignCast(ptr));
        self.side *= k;
    }
    fn shape(self: *Square) Shape {
        return .{ .ptr = self, .vtable = &.{ .area = area, .name = name, .scale = scale } };
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    var c = Circle{ .r = 1 };
    var s = Square{ .side = 2.5 };
    var shapes = std.ArrayList(Shape).init(alloc);
    defer shapes.deinit();
    try shapes.append(c.shape());
    try shapes.append(s.shape());
    var total: f64 = 0;
    for (shapes.items) |sh| {
        sh.scale(2);
        std.debug.print("{s:>8}: {d:>10.4} {e:.2}\n", .{ sh.name(), sh.area(), sh.area() });
        total += sh.area();
    }
    std.debug.print("total {d:.3}, c.r={d}, s.side={d}\n", .{ total, c.r, s.side });
    std.debug.print("{}\n", .{shapes.items[0].area() > shapes.items[1].area()});
}
