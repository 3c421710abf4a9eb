const std = @import("std");

fn walk(v: std.json.Value, depth: usize, stats: *[3]usize) void {
    stats[0] = @max(stats[0], depth);
    switch (v) {
        .object => |o| {
            var it = o.iterator();
            while (it.next()) |e| {
                stats[1] += 1;
                for (0..depth) |_| std.debug.print("  ", .{});
                std.debug.print("{s}:\n", .{e.key_ptr.*});
                walk(e.value_ptr.*, depth + 1, stats);
            }
        },
        .array => |arr| for (arr.items) |item| walk(item, depth + 1, stats),
        else => {
            stats[2] += 1;
            for (0..depth) |_| std.debug.print("  ", .{});
            switch (v) {
                .string => |s| std.debug.print("\"{s}\"\n", .{s}),
                .integer => |n| std.debug.print("{d}\n", .{n}),
                .float => |f| std.debug.print("{d}\n", .{f}),
                .bool => |b| std.debug.print("{}\n", .{b}),
                else => std.debug.print("null\n", .{}),
            }
        },
    }
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const text =
        \\{"name": "heap-lab", "version": 3, "tags": ["zig", "memory"],
        \\ "limits": {"steps": 1000000, "ratio": 0.75, "strict": true, "owner": null}}
    ;
    const parsed = try std.json.parseFromSlice(std.json.Value, gpa.allocator(), text, .{});
    defer parsed.deinit();
    var stats = [3]usize{ 0, 0, 0 };
    walk(parsed.value, 0, &stats);
    std.debug.print("depth {d}, keys {d}, leaves {d}\n", .{ stats[0], stats[1], stats[2] });
    const limits = parsed.value.object.get("limits").?;
    std.debug.print("steps = {d}\n", .{limits.object.get("steps").?.integer});
    std.debug.print("missing = {d}\n", .{limits.object.get("memory").?.integer});
}
