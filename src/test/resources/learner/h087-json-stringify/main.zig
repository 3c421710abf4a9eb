const std = @import("std");

const Point = struct { x: i32, y: i32 };
const Line = struct { from: Point, to: Point, label: []const u8, dashed: bool = false };

pub fn main() !void {
    const alloc = std.heap.page_allocator;
    const lines = [_]Line{
        .{ .from = .{ .x = 0, .y = 0 }, .to = .{ .x = 3, .y = 4 }, .label = "a" },
        .{ .from = .{ .x = -1, .y = 2 }, .to = .{ .x = 5, .y = 2 }, .label = "b \"q\"", .dashed = true },
    };
    const json = try std.json.stringifyAlloc(alloc, lines, .{});
    defer alloc.free(json);
    std.debug.print("{s}\n", .{json});
    const pretty = try std.json.stringifyAlloc(alloc, lines[0].from, .{ .whitespace = .indent_2 });
    defer alloc.free(pretty);
    std.debug.print("{s}\n", .{pretty});
    const opt: ?u8 = null;
    const j2 = try std.json.stringifyAlloc(alloc, .{ .n = opt, .f = 1.5, .list = [_]u8{ 1, 2 } }, .{});
    defer alloc.free(j2);
    std.debug.print("{s}\n", .{j2});
}
