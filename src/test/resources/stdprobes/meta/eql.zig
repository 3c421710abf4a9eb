const std = @import("std");

const Color = enum(u8) { red = 1, green = 2, blue = 7 };
const Point = struct { x: i32, y: i32 = 0, label: []const u8 = "" };
const Shape = union(enum) { circle: f32, square: u16, none: void };

pub fn main() !void {
    std.debug.print("ints: {} {}\n", .{ std.meta.eql(@as(u8, 3), 3), std.meta.eql(@as(u8, 3), 4) });
    const p = Point{ .x = 1, .y = 2, .label = "a" };
    std.debug.print("structs: {} {}\n", .{ std.meta.eql(p, Point{ .x = 1, .y = 2, .label = "a" }), std.meta.eql(p, Point{ .x = 1, .y = 3, .label = "a" }) });
    std.debug.print("arrays: {} {}\n", .{ std.meta.eql([3]u8{ 1, 2, 3 }, [3]u8{ 1, 2, 3 }), std.meta.eql([3]u8{ 1, 2, 3 }, [3]u8{ 1, 2, 4 }) });
    std.debug.print("unions: {} {}\n", .{ std.meta.eql(Shape{ .square = 2 }, Shape{ .square = 2 }), std.meta.eql(Shape{ .square = 2 }, Shape{ .circle = 2 }) });
    const a: ?u8 = null;
    std.debug.print("optionals: {} {}\n", .{ std.meta.eql(a, null), std.meta.eql(a, @as(?u8, 0)) });
}
