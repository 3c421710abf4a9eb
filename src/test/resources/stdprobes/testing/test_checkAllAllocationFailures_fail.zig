const std = @import("std");

fn leaky(a: std.mem.Allocator) !void {
    const x = try a.alloc(u8, 3);
    const y = try a.alloc(u8, 5);
    a.free(x);
    a.free(y);
}

fn swallows(a: std.mem.Allocator) !void {
    const x = a.alloc(u8, 2) catch return;
    a.free(x);
}

test "leak when second fails" {
    try std.testing.checkAllAllocationFailures(std.testing.allocator, leaky, .{});
}

test "swallowed OOM" {
    try std.testing.checkAllAllocationFailures(std.testing.allocator, swallows, .{});
}
