const std = @import("std");

const Color = enum(u8) { red = 1, green = 2, blue = 7 };
const Point = struct { x: i32, y: i32 = 0, label: []const u8 = "" };
const Shape = union(enum) { circle: f32, square: u16, none: void };

pub fn main() !void {
    const fx = comptime std.meta.fieldInfo(Point, .x);
    std.debug.print("x: {s} {s}\n", .{ fx.name, @typeName(fx.type) });
    const fl = comptime std.meta.fieldInfo(Point, .label);
    std.debug.print("label: {s} default? {}\n", .{ @typeName(fl.type), fl.default_value != null });
    const fs = comptime std.meta.fieldInfo(Shape, .square);
    std.debug.print("square: {s}\n", .{@typeName(fs.type)});
    const fc = comptime std.meta.fieldInfo(Color, .blue);
    std.debug.print("blue: {d}\n", .{fc.value});
}
