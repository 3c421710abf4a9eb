const std = @import("std");
const testing = std.testing;

fn lessThan(_: void, a: i32, b: i32) std.math.Order {
    return std.math.order(a, b);
}

const MinQueue = std.PriorityQueue(i32, void, lessThan);

test "removes in ascending order" {
    var q = MinQueue.init(testing.allocator, {});
    defer q.deinit();
    try q.addSlice(&.{ 12, 7, 3, 25, 3, -1 });
    try testing.expectEqual(@as(usize, 6), q.count());
    const expected = [_]i32{ -1, 3, 3, 7, 12, 25 };
    for (expected) |e| try testing.expectEqual(e, q.remove());
    try testing.expectEqual(@as(?i32, null), q.removeOrNull());
}

test "peek does not remove" {
    var q = MinQueue.init(testing.allocator, {});
    defer q.deinit();
    try testing.expectEqual(@as(?i32, null), q.peek());
    try q.add(5);
    try q.add(2);
    try testing.expectEqual(@as(?i32, 2), q.peek());
    try testing.expectEqual(@as(usize, 2), q.count());
}

test "update changes an element's priority" {
    var q = MinQueue.init(testing.allocator, {});
    defer q.deinit();
    try q.addSlice(&.{ 10, 20, 30 });
    try q.update(30, 1);
    try testing.expectEqual(@as(i32, 1), q.remove());
    try testing.expectError(error.ElementNotFound, q.update(99, 0));
}

test "iterator visits every element" {
    var q = MinQueue.init(testing.allocator, {});
    defer q.deinit();
    try q.addSlice(&.{ 4, 8, 15, 16, 23, 42 });
    var sum: i32 = 0;
    var it = q.iterator();
    while (it.next()) |v| sum += v;
    try testing.expectEqual(@as(i32, 108), sum);
}
