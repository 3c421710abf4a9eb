const std = @import("std");

const Color = enum(u8) { red = 1, green = 2, blue = 7 };
const Point = struct { x: i32, y: i32 = 0, label: []const u8 = "" };
const Shape = union(enum) { circle: f32, square: u16, none: void };

pub fn main() !void {
    inline for (comptime std.meta.fields(Point)) |f| std.debug.print("Point.{s}: {s}\n", .{ f.name, @typeName(f.type) });
    inline for (comptime std.meta.fields(Color)) |f| std.debug.print("Color.{s} = {d}\n", .{ f.name, f.value });
    inline for (comptime std.meta.fields(Shape)) |f| std.debug.print("Shape.{s}: {s}\n", .{ f.name, @typeName(f.type) });
    inline for (comptime std.meta.fields(error{ A, B })) |f| std.debug.print("error.{s}\n", .{f.name});
    std.debug.print("empty struct: {d}\n", .{comptime std.meta.fields(struct {}).len});
}
