const std = @import("std");

const Shape = union(enum) {
    circle: f32,
    square: f32,
    none,
};

const Scene = struct {
    name: []const u8,
    shapes: []const Shape,
    tags: [2]?[]const u8,
    origin: struct { x: i8, y: i8 } = .{ .x = 0, .y = 0 },
    parent: ?*const Scene = null,
};

pub fn main() void {
    const shapes = [_]Shape{ .{ .circle = 1.5 }, .none, .{ .square = 2 } };
    const base = Scene{ .name = "base", .shapes = shapes[0..1], .tags = .{ "a", null } };
    const s = Scene{ .name = "main", .shapes = &shapes, .tags = .{ null, "hot" }, .parent = &base };
    std.debug.print("{any}\n", .{s.shapes});
    std.debug.print("{any}\n", .{s.tags});
    std.debug.print("{?s} {?s}\n", .{ s.tags[0], s.tags[1] });
    std.debug.print("{any}\n", .{s.parent.?.tags});
    std.debug.print("{}\n", .{base.shapes[0]});
    const nested = [_][]const u8{ "ab", "c" };
    std.debug.print("{any} {s}\n", .{ nested, nested });
    const opts = [_]?u8{ 1, null, 3 };
    std.debug.print("{any} {?d}\n", .{ opts, opts[1] });
    const grid = [2][3]u4{ .{ 1, 2, 3 }, .{ 4, 5, 6 } };
    std.debug.print("{any} {d}\n", .{ grid, grid[1] });
    const e: anyerror!?u8 = 5;
    const e2: anyerror!?u8 = null;
    std.debug.print("{!?} {!?}\n", .{ e, e2 });
    const ptr: *const [3]Shape = &shapes;
    std.debug.print("{any}\n", .{ptr.*});
    std.debug.print("{d}\n", .{s.origin.x});
}
