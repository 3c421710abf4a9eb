const std = @import("std");

const Color = enum(u8) { red = 1, green = 2, blue = 7 };
const Point = struct { x: i32, y: i32 = 0, label: []const u8 = "" };
const Shape = union(enum) { circle: f32, square: u16, none: void };

pub fn main() !void {
    for (std.meta.tags(Color)) |t| std.debug.print("tag {s} = {d}\n", .{ @tagName(t), @intFromEnum(t) });
    std.debug.print("count: {d}\n", .{std.meta.tags(Color).len});
    const one = std.meta.tags(enum { only });
    std.debug.print("single: {s}\n", .{@tagName(one[0])});
}
