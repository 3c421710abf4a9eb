const std = @import("std");

fn squares(alloc: std.mem.Allocator, n: usize) !std.ArrayListUnmanaged(u64) {
    var list: std.ArrayListUnmanaged(u64) = .empty;
    errdefer list.deinit(alloc);
    for (0..n) |i| try list.append(alloc, i * i);
    return list;
}

fn evens(alloc: std.mem.Allocator, xs: []const u64) ![]u64 {
    var out = std.ArrayListUnmanaged(u64){};
    for (xs) |x| if (x % 2 == 0) try out.append(alloc, x);
    return out.toOwnedSlice(alloc);
}

test "squares" {
    const a = std.testing.allocator;
    var list = try squares(a, 6);
    defer list.deinit(a);
    try std.testing.expectEqualSlices(u64, &.{ 0, 1, 4, 9, 16, 25 }, list.items);
    const e = try evens(a, list.items);
    defer a.free(e);
    try std.testing.expectEqual(@as(usize, 3), e.len);
}

test "insert and remove" {
    const a = std.testing.allocator;
    var list = try squares(a, 4);
    try list.insert(a, 0, 99);
    _ = list.swapRemove(1);
    try std.testing.expectEqualSlices(u64, &.{ 99, 9, 1, 4 }, list.items);
}
