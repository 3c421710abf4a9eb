const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var pool = try std.heap.MemoryPool(i32).initPreheated(a, 3);
    defer pool.deinit();
    std.debug.print("free list ready: {}\n", .{pool.free_list != null});
    const x = try pool.create();
    const y = try pool.create();
    std.debug.print("two distinct: {}\n", .{x != y});
    var f = std.testing.FailingAllocator.init(a, .{ .fail_index = 0 });
    std.debug.print("failing: {s}\n", .{if (std.heap.MemoryPool(i32).initPreheated(f.allocator(), 1)) |_| "ok" else |e| @errorName(e)});
}
