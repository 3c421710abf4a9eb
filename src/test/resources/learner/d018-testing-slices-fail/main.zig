const std = @import("std");
const testing = std.testing;

fn runningSum(allocator: std.mem.Allocator, xs: []const i32) ![]i32 {
    const out = try allocator.alloc(i32, xs.len);
    var acc: i32 = 0;
    for (xs, 0..) |x, i| {
        acc += x;
        out[i] = acc;
    }
    return out;
}

fn dedupSorted(list: *std.ArrayList(i32)) void {
    if (list.items.len == 0) return;
    var w: usize = 1;
    for (list.items[1..]) |x| {
        if (x != list.items[w - 1]) {
            list.items[w] = x;
            w += 1;
        }
    }
    list.shrinkRetainingCapacity(w);
}

test "running sum" {
    const r = try runningSum(testing.allocator, &.{ 1, 2, 3, 4 });
    defer testing.allocator.free(r);
    try testing.expectEqualSlices(i32, &.{ 1, 3, 6, 10 }, r);
}

test "dedup" {
    var list = std.ArrayList(i32).init(testing.allocator);
    defer list.deinit();
    try list.appendSlice(&.{ 1, 1, 2, 3, 3, 3, 7 });
    dedupSorted(&list);
    try testing.expectEqualSlices(i32, &.{ 1, 2, 3, 7 }, list.items);
}

test "running sum with negatives (off by one expectation)" {
    const r = try runningSum(testing.allocator, &.{ 5, -2, -2, 10, 1, 1 });
    defer testing.allocator.free(r);
    try testing.expectEqualSlices(i32, &.{ 5, 3, 1, 11, 11, 13 }, r);
}
