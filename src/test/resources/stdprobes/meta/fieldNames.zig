const std = @import("std");

const Color = enum(u8) { red = 1, green = 2, blue = 7 };
const Point = struct { x: i32, y: i32 = 0, label: []const u8 = "" };
const Shape = union(enum) { circle: f32, square: u16, none: void };

pub fn main() !void {
    for (std.meta.fieldNames(Point)) |n| std.debug.print("Point: {s}\n", .{n});
    for (std.meta.fieldNames(Color)) |n| std.debug.print("Color: {s}\n", .{n});
    std.debug.print("count Shape: {d}\n", .{std.meta.fieldNames(Shape).len});
    std.debug.print("count struct{{}}: {d}\n", .{std.meta.fieldNames(struct {}).len});
}
