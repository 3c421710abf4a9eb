const std = @import("std");

const Point = struct { x: i32, y: i32 };

const picture = [_][]const u8{
    "..........",
    ".###..##..",
    ".#.#..#...",
    ".###..###.",
    "..........",
    "...####...",
};

fn fill(a: std.mem.Allocator, start: Point, seen: *std.AutoHashMap(Point, void)) !usize {
    var stack = std.ArrayList(Point).init(a);
    defer stack.deinit();
    try stack.append(start);
    var size: usize = 0;
    while (stack.items.len > 0) {
        const p = stack.items[stack.items.len - 1];
        stack.items.len -= 1;
        if (p.y < 0 or p.x < 0 or p.y >= picture.len or p.x >= picture[0].len) continue;
        if (picture[@intCast(p.y)][@intCast(p.x)] != '#') continue;
        const gop = try seen.getOrPut(p);
        if (gop.found_existing) continue;
        size += 1;
        try stack.appendSlice(&.{
            .{ .x = p.x + 1, .y = p.y }, .{ .x = p.x - 1, .y = p.y },
            .{ .x = p.x, .y = p.y + 1 }, .{ .x = p.x, .y = p.y - 1 },
        });
    }
    return size;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var seen = std.AutoHashMap(Point, void).init(a);
    defer seen.deinit();
    try seen.ensureTotalCapacity(32);
    std.debug.print("capacity >= 32: {}\n", .{seen.capacity() >= 32});

    var shapes = std.ArrayList(usize).init(a);
    defer shapes.deinit();
    for (picture, 0..) |row, y| {
        for (row, 0..) |c, x| {
            const p = Point{ .x = @intCast(x), .y = @intCast(y) };
            if (c == '#' and !seen.contains(p)) try shapes.append(try fill(a, p, &seen));
        }
    }
    std.debug.print("{d} shapes, sizes {any}, cells {d}\n", .{ shapes.items.len, shapes.items, seen.count() });
    _ = seen.remove(.{ .x = 1, .y = 1 });
    std.debug.print("after remove: {d}, has (2,1): {}\n", .{ seen.count(), seen.contains(.{ .x = 2, .y = 1 }) });
    const biggest = std.mem.max(usize, shapes.items);
    const idx = std.mem.indexOfScalar(usize, shapes.items, biggest).?;
    std.debug.print("biggest shape #{d} with {d} cells\n", .{ idx, biggest });
}
