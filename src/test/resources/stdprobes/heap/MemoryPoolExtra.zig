const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var pool = try std.heap.MemoryPoolExtra(u32, .{ .growable = false }).initPreheated(a, 2);
    defer pool.deinit();
    _ = try pool.create();
    _ = try pool.create();
    std.debug.print("third: {any}\n", .{pool.create()});
}
