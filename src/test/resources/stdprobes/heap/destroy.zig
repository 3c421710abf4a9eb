const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var pool = std.heap.MemoryPool(u64).init(a);
    defer pool.deinit();
    const p = try pool.create();
    pool.destroy(p);
    const q = try pool.create();
    std.debug.print("slot reused: {}\n", .{p == q});
    const r = try pool.create();
    std.debug.print("new slot: {}\n", .{r != q});
}
