const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var pool = std.heap.MemoryPool([16]u8).init(a);
    for (0..10) |_| _ = try pool.create();
    pool.deinit();
    std.debug.print("deinit released all items\n", .{});
}
