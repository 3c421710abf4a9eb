const std = @import("std");

const Color = enum(u8) { red = 1, green = 2, blue = 7 };
const Point = struct { x: i32, y: i32 = 0, label: []const u8 = "" };
const Shape = union(enum) { circle: f32, square: u16, none: void };

pub fn main() !void {
    const F = std.meta.FieldEnum(Point);
    for (std.meta.tags(F)) |t| std.debug.print("{s} = {d}\n", .{ @tagName(t), @intFromEnum(t) });
    std.debug.print("Shape fields: {d}\n", .{std.meta.fields(std.meta.FieldEnum(Shape)).len});
    std.debug.print("empty: {d}\n", .{std.meta.fields(std.meta.FieldEnum(struct {})).len});
}
