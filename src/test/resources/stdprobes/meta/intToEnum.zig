const std = @import("std");

const Color = enum(u8) { red = 1, green = 2, blue = 7 };
const Point = struct { x: i32, y: i32 = 0, label: []const u8 = "" };
const Shape = union(enum) { circle: f32, square: u16, none: void };

pub fn main() !void {
    const ints = [_]u32{ 2, 7, 3, 300 };
    for (ints) |i| std.debug.print("{d}: {any}\n", .{ i, std.meta.intToEnum(Color, i) });
    const Open = enum(u8) { a, _ };
    var big: u32 = 200;
    big += 0;
    std.debug.print("open 200: {d}\n", .{@intFromEnum(try std.meta.intToEnum(Open, big))});
    std.debug.print("open 256: {any}\n", .{std.meta.intToEnum(Open, big + 56)});
}
