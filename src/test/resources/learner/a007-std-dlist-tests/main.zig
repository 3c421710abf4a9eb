const std = @import("std");
const testing = std.testing;

const IntList = std.DoublyLinkedList(i64);

fn build(allocator: std.mem.Allocator, values: []const i64) !IntList {
    var list = IntList{};
    errdefer freeAll(allocator, &list);
    for (values) |v| {
        const node = try allocator.create(IntList.Node);
        node.data = v;
        list.append(node);
    }
    return list;
}

fn freeAll(allocator: std.mem.Allocator, list: *IntList) void {
    while (list.popFirst()) |node| allocator.destroy(node);
}

fn toSlice(list: IntList, buf: []i64) []i64 {
    var i: usize = 0;
    var it = list.first;
    while (it) |node| : (it = node.next) {
        buf[i] = node.data;
        i += 1;
    }
    return buf[0..i];
}

test "append keeps order" {
    var list = try build(testing.allocator, &.{ 3, 1, 4 });
    defer freeAll(testing.allocator, &list);
    var buf: [8]i64 = undefined;
    try testing.expectEqualSlices(i64, &.{ 3, 1, 4 }, toSlice(list, &buf));
    try testing.expectEqual(@as(usize, 3), list.len);
}

test "remove middle and ends" {
    var list = try build(testing.allocator, &.{ 1, 2, 3, 4, 5 });
    defer freeAll(testing.allocator, &list);
    const second = list.first.?.next.?;
    list.remove(second);
    testing.allocator.destroy(second);
    const tail = list.pop().?;
    testing.allocator.destroy(tail);
    var buf: [8]i64 = undefined;
    try testing.expectEqualSlices(i64, &.{ 1, 3, 4 }, toSlice(list, &buf));
    try testing.expectEqual(@as(i64, 4), list.last.?.data);
}

test "concatByMoving empties the second list" {
    var a = try build(testing.allocator, &.{ 7, 8 });
    defer freeAll(testing.allocator, &a);
    var b = try build(testing.allocator, &.{9});
    defer freeAll(testing.allocator, &b);
    a.concatByMoving(&b);
    try testing.expectEqual(@as(usize, 3), a.len);
    try testing.expect(b.first == null);
}
