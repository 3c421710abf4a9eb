const std = @import("std");

const Request = struct { path: []const u8, query: []const u8 };

fn handle(arena: std.mem.Allocator, req: Request) ![]const u8 {
    var params = std.ArrayList([]const u8).init(arena);
    var it = std.mem.splitScalar(u8, req.query, '&');
    while (it.next()) |p| {
        if (p.len == 0) continue;
        const upper = try std.ascii.allocUpperString(arena, p);
        try params.append(upper);
    }
    const joined = try std.mem.join(arena, ";", params.items);
    return std.fmt.allocPrint(arena, "{s} [{s}] ({d} params)", .{ req.path, joined, params.items.len });
}

pub fn main() !void {
    var arena = std.heap.ArenaAllocator.init(std.heap.page_allocator);
    defer arena.deinit();

    const reqs = [_]Request{
        .{ .path = "/search", .query = "q=zig&lang=en" },
        .{ .path = "/", .query = "" },
        .{ .path = "/items", .query = "page=2&&sort=asc&limit=10" },
    };
    for (reqs, 0..) |r, i| {
        const resp = try handle(arena.allocator(), r);
        std.debug.print("{d}: {s}\n", .{ i, resp });
        const kept = arena.reset(.retain_capacity);
        std.debug.print("   reset ok: {}, capacity kept: {}\n", .{ kept, arena.queryCapacity() > 0 });
    }
    _ = arena.reset(.free_all);
    std.debug.print("after free_all capacity {d}\n", .{arena.queryCapacity()});

    const a = arena.allocator();
    const nums = try a.alloc(u64, 4);
    for (nums, 0..) |*n, i| n.* = i * 10;
    std.debug.print("nums {any}\n", .{nums});
    a.free(nums); // no-op for the arena except the last allocation
    const again = try a.dupe(u8, "still here");
    std.debug.print("{s}\n", .{again});
}
