const std = @import("std");

const Color = enum(u8) { red = 1, green = 2, blue = 7 };
const Point = struct { x: i32, y: i32 = 0, label: []const u8 = "" };
const Shape = union(enum) { circle: f32, square: u16, none: void };

pub fn main() !void {
    var s: Shape = .{ .circle = 1.5 };
    std.debug.print("circle: {s}\n", .{@tagName(std.meta.activeTag(s))});
    s = .{ .square = 3 };
    std.debug.print("square: {s}\n", .{@tagName(std.meta.activeTag(s))});
    s = .none;
    std.debug.print("none: {s}\n", .{@tagName(std.meta.activeTag(s))});
    std.debug.print("is none: {}\n", .{std.meta.activeTag(s) == .none});
}
