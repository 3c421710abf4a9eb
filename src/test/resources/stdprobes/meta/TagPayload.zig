const std = @import("std");

const Color = enum(u8) { red = 1, green = 2, blue = 7 };
const Point = struct { x: i32, y: i32 = 0, label: []const u8 = "" };
const Shape = union(enum) { circle: f32, square: u16, none: void };

pub fn main() !void {
    std.debug.print("circle: {s}\n", .{@typeName(std.meta.TagPayload(Shape, .circle))});
    std.debug.print("square: {s}\n", .{@typeName(std.meta.TagPayload(Shape, .square))});
    std.debug.print("none: {s}\n", .{@typeName(std.meta.TagPayload(Shape, .none))});
}
