const std = @import("std");

const Point = struct { x: i32, y: i32 };

pub fn main() !void {
    var pool = std.heap.MemoryPool(Point).init(std.heap.page_allocator);
    defer pool.deinit();
    const a = try pool.create();
    a.* = .{ .x = 1, .y = 2 };
    const b = try pool.create();
    b.* = .{ .x = 3, .y = 4 };
    pool.destroy(a);
    const page = try std.heap.page_allocator.alloc(u8, 5000);
    defer std.heap.page_allocator.free(page);
    @memset(page, 'z');
    std.debug.print("{d}\n", .{b.x});
}
