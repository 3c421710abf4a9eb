const std = @import("std");
const testing = std.testing;

/// Returns a new slice with adjacent duplicates collapsed. Caller owns it.
fn dedupe(allocator: std.mem.Allocator, input: []const i32) ![]i32 {
    var out = std.ArrayList(i32).init(allocator);
    errdefer out.deinit();
    for (input) |v| {
        if (out.items.len > 0 and out.getLast() == v) continue;
        try out.append(v);
    }
    return out.toOwnedSlice();
}

/// Moves every zero to the end, keeping the other values in order.
fn zerosLast(list: *std.ArrayList(i32)) !void {
    var zeros: usize = 0;
    var i: usize = 0;
    while (i < list.items.len) {
        if (list.items[i] == 0) {
            _ = list.orderedRemove(i);
            zeros += 1;
        } else i += 1;
    }
    try list.appendNTimes(0, zeros);
}

test "dedupe collapses runs" {
    const got = try dedupe(testing.allocator, &.{ 1, 1, 2, 2, 2, 3, 1, 1 });
    defer testing.allocator.free(got);
    try testing.expectEqualSlices(i32, &.{ 1, 2, 3, 1 }, got);
}

test "dedupe of empty input" {
    const got = try dedupe(testing.allocator, &.{});
    defer testing.allocator.free(got);
    try testing.expectEqual(@as(usize, 0), got.len);
}

test "zeros move to the end" {
    var list = std.ArrayList(i32).init(testing.allocator);
    defer list.deinit();
    try list.appendSlice(&.{ 0, 5, 0, 0, 9, 1 });
    try zerosLast(&list);
    try testing.expectEqualSlices(i32, &.{ 5, 9, 1, 0, 0, 0 }, list.items);
}

test "swapRemove does not keep order" {
    var list = std.ArrayList(i32).init(testing.allocator);
    defer list.deinit();
    try list.appendSlice(&.{ 10, 20, 30, 40 });
    try testing.expectEqual(@as(i32, 10), list.swapRemove(0));
    try testing.expectEqualSlices(i32, &.{ 40, 20, 30 }, list.items);
}
