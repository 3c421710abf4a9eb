const std = @import("std");

const Color = enum(u8) { red = 1, green = 2, blue = 7 };
const Point = struct { x: i32, y: i32 = 0, label: []const u8 = "" };
const Shape = union(enum) { circle: f32, square: u16, none: void };

pub fn main() !void {
    std.debug.print("green: {any}\n", .{std.meta.stringToEnum(Color, "green")});
    std.debug.print("Green: {any}\n", .{std.meta.stringToEnum(Color, "Green")});
    std.debug.print("empty: {any}\n", .{std.meta.stringToEnum(Color, "")});
    const s: []const u8 = "blue";
    if (std.meta.stringToEnum(Color, s)) |c| std.debug.print("blue -> {s} = {d}\n", .{ @tagName(c), @intFromEnum(c) });
}
