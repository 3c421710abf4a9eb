const std = @import("std");

const Point = struct { x: i32, y: i32 };
const Rect = struct { w: f32, h: f32 };
const Shape = union(enum) {
    circle: f32,
    rect: Rect,
    none,
};
const Color = enum { red, green, blue };

pub fn main() void {
    const p = Point{ .x = -3, .y = 7 };
    std.debug.print("{any}\n", .{p});
    const pts = [_]Point{ .{ .x = 1, .y = 2 }, .{ .x = 3, .y = 4 } };
    std.debug.print("{any}\n", .{pts});
    const slice: []const Point = &pts;
    std.debug.print("{any}\n", .{slice});
    const maybe: ?Point = null;
    const some: ?Point = Point{ .x = 0, .y = 0 };
    std.debug.print("{any} {any}\n", .{ maybe, some });
    const shapes = [_]Shape{ .{ .circle = 1.5 }, .{ .rect = .{ .w = 2, .h = 3 } }, .none };
    for (shapes) |s| std.debug.print("{any}\n", .{s});
    const c: Color = .green;
    std.debug.print("{any} {} {s}\n", .{ c, c, @tagName(c) });
    const Nested = struct { name: []const u8, vals: [3]u8, opt: ?u8, inner: ?Rect };
    const nested = Nested{ .name = "pair", .vals = .{ 1, 2, 3 }, .opt = 9, .inner = null };
    std.debug.print("{any}\n", .{nested});
    std.debug.print("{}\n", .{nested});
    const e: anyerror!u32 = error.Broken;
    std.debug.print("{any}\n", .{e});
    const ok: anyerror!u32 = 42;
    std.debug.print("{any}\n", .{ok});
    const bytes = "hi";
    std.debug.print("{any} {s} {x} {X}\n", .{ bytes.*, bytes, bytes, bytes });
    const arr2 = [2][3]u4{ .{ 1, 2, 3 }, .{ 4, 5, 6 } };
    std.debug.print("{any}\n", .{arr2});
    const b: bool = true;
    std.debug.print("{} {any}\n", .{ b, !b });
    const v: void = {};
    std.debug.print("{}\n", .{v});
}
