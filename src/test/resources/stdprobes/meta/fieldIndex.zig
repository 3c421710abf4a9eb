const std = @import("std");

const Color = enum(u8) { red = 1, green = 2, blue = 7 };
const Point = struct { x: i32, y: i32 = 0, label: []const u8 = "" };
const Shape = union(enum) { circle: f32, square: u16, none: void };

pub fn main() !void {
    std.debug.print("x: {any}\n", .{comptime std.meta.fieldIndex(Point, "x")});
    std.debug.print("label: {any}\n", .{comptime std.meta.fieldIndex(Point, "label")});
    std.debug.print("z: {any}\n", .{comptime std.meta.fieldIndex(Point, "z")});
    std.debug.print("blue: {any}\n", .{comptime std.meta.fieldIndex(Color, "blue")});
}
