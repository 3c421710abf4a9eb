const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var pool = std.heap.MemoryPoolAligned(u8, 64).init(a);
    defer pool.deinit();
    const p = try pool.create();
    std.debug.print("aligned 64: {}\n", .{@intFromPtr(p) % 64 == 0});
    std.debug.print("item_alignment {d}\n", .{std.heap.MemoryPoolAligned(u8, 64).item_alignment});
}
