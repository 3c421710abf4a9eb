const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var pool = std.heap.MemoryPool(struct { x: i32, y: i32 }).init(a);
    defer pool.deinit();
    const p = try pool.create();
    p.* = .{ .x = 1, .y = 2 };
    const q = try pool.create();
    q.* = .{ .x = 3, .y = 4 };
    std.debug.print("p=({d},{d}) q=({d},{d})\n", .{ p.x, p.y, q.x, q.y });
    var fixed = std.heap.MemoryPoolExtra(u8, .{ .growable = false }).init(a);
    defer fixed.deinit();
    std.debug.print("non-growable empty: {any}\n", .{fixed.create()});
}
