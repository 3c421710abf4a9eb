const std = @import("std");

const Pair = struct {
    name: []u8,
    data: []u8,
};

fn makePair(allocator: std.mem.Allocator, n: usize) !Pair {
    const name = try allocator.alloc(u8, 4);
    errdefer allocator.free(name);
    const data = try allocator.alloc(u8, n);
    return .{ .name = name, .data = data };
}

fn usePair(allocator: std.mem.Allocator, n: usize) !void {
    const p = try makePair(allocator, n);
    defer allocator.free(p.name);
    defer allocator.free(p.data);
}

test "makePair works" {
    try usePair(std.testing.allocator, 8);
}

test "makePair cleans up when an allocation fails" {
    try std.testing.checkAllAllocationFailures(std.testing.allocator, usePair, .{@as(usize, 8)});
}
