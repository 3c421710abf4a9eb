const std = @import("std");
const testing = std.testing;

fn add(a: i32, b: i32) i32 {
    return a + b;
}

test "add works" {
    try testing.expectEqual(@as(i32, 5), add(2, 3));
    try testing.expect(add(-1, 1) == 0);
}

test "strings" {
    try testing.expectEqualStrings("hello", "hello");
    try testing.expectEqualSlices(u8, &[_]u8{ 1, 2 }, &[_]u8{ 1, 2 });
}

test "allocations are freed" {
    const buf = try testing.allocator.alloc(u8, 10);
    defer testing.allocator.free(buf);
    buf[0] = 1;
    try testing.expectError(error.Oops, failing());
}

fn failing() !void {
    return error.Oops;
}

test "optional" {
    const v: ?u8 = 4;
    try testing.expectEqual(@as(?u8, 4), v);
}
