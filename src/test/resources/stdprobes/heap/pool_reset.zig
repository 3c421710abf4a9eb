const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var pool = std.heap.MemoryPool(u32).init(a);
    defer pool.deinit();
    for (0..4) |_| _ = try pool.create();
    std.debug.print("retain_capacity: {}\n", .{pool.reset(.retain_capacity)});
    std.debug.print("free list after reset: {}\n", .{pool.free_list == null});
    _ = try pool.create();
    std.debug.print("free_all: {}\n", .{pool.reset(.free_all)});
    std.debug.print("capacity after free_all: {d}\n", .{pool.arena.queryCapacity()});
}
