const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit(); // reports every block still live
    const allocator = gpa.allocator();

    // five i32 on the heap: 20 bytes
    const numbers = try allocator.alloc(i32, 5);

    for (numbers, 0..) |*n, i| {
        n.* = @intCast(i * 10);
    }

    for (numbers) |n| {
        std.debug.print("{} ", .{n});
    }
    std.debug.print("\n", .{});
}
