const std = @import("std");

fn makeTwo(al: std.mem.Allocator, n: usize) !void {
    const a = try al.alloc(u8, n);
    defer al.free(a);
    const b = try al.alloc(u8, n * 2);
    defer al.free(b);
}

fn leaky(al: std.mem.Allocator) !void {
    const a = try al.alloc(u8, 4);
    const b = try al.alloc(u8, 8);
    al.free(a);
    al.free(b);
}

test "no leaks on failure" {
    try std.testing.checkAllAllocationFailures(std.testing.allocator, makeTwo, .{@as(usize, 5)});
}

test "leak on failure" {
    try std.testing.checkAllAllocationFailures(std.testing.allocator, leaky, .{});
}
