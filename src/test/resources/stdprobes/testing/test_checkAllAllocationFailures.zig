const std = @import("std");

fn good(a: std.mem.Allocator, n: usize) !void {
    const x = try a.alloc(u8, n);
    defer a.free(x);
    const y = try a.alloc(u8, n);
    defer a.free(y);
}

fn noAlloc(a: std.mem.Allocator) !void {
    _ = a;
}

test "checkAllAllocationFailures passes" {
    try std.testing.checkAllAllocationFailures(std.testing.allocator, good, .{@as(usize, 4)});
    std.debug.print("good: ok\n", .{});
    try std.testing.checkAllAllocationFailures(std.testing.allocator, noAlloc, .{});
    std.debug.print("no allocations: ok\n", .{});
}
