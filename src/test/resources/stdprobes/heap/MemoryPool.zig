const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var pool = std.heap.MemoryPool(u64).init(a);
    defer pool.deinit();
    const p = try pool.create();
    p.* = 42;
    std.debug.print("value {d} item_size {d}\n", .{ p.*, std.heap.MemoryPool(u64).item_size });
    std.debug.print("u8 pool item_size {d}\n", .{std.heap.MemoryPool(u8).item_size});
}
