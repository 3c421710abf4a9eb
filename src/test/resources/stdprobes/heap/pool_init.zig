const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var pool = std.heap.MemoryPool(i32).init(a);
    defer pool.deinit();
    std.debug.print("free list empty: {}\n", .{pool.free_list == null});
    const x = try pool.create();
    x.* = 1;
    std.debug.print("created {d}\n", .{x.*});
}
