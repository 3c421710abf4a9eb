const std = @import("std");

const Color = enum(u8) { red = 1, green = 2, blue = 7 };
const Point = struct { x: i32, y: i32 = 0, label: []const u8 = "" };
const Shape = union(enum) { circle: f32, square: u16, none: void };

pub fn main() !void {
    std.debug.print("Tag(Color): {s}\n", .{@typeName(std.meta.Tag(Color))});
    std.debug.print("Tag(Shape) fields: {d}\n", .{std.meta.fields(std.meta.Tag(Shape)).len});
    std.debug.print("Tag(Shape) is enum: {}\n", .{@typeInfo(std.meta.Tag(Shape)) == .@"enum"});
    std.debug.print("Tag(enum(i3)): {s}\n", .{@typeName(std.meta.Tag(enum(i3) { a }))});
}
