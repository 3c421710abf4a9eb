const std = @import("std");
const testing = std.testing;

const Value = union(enum) {
    int: i64,
    text: []const u8,
    list: [4]i32,
    flag: bool,
};

fn bump(v: *Value) void {
    switch (v.*) {
        .int => |*n| n.* += 1,
        .list => |*arr| {
            for (arr) |*e| e.* *= 2;
        },
        .flag => |*f| f.* = !f.*,
        .text => {},
    }
}

test "bump int" {
    var v = Value{ .int = 41 };
    bump(&v);
    try testing.expectEqual(@as(i64, 42), v.int);
}

test "bump list" {
    var v = Value{ .list = .{ 1, 2, 3, 4 } };
    bump(&v);
    try testing.expectEqualSlices(i32, &.{ 2, 4, 6, 8 }, &v.list);
}

test "bump flag via active tag" {
    var v = Value{ .flag = false };
    bump(&v);
    try testing.expect(v.flag);
    try testing.expectEqual(std.meta.Tag(Value).flag, std.meta.activeTag(v));
}

test "union equality" {
    var v = Value{ .int = 1 };
    bump(&v);
    try testing.expectEqual(Value{ .int = 3 }, v);
}

test "deep union equality" {
    const a = Value{ .text = "abc" };
    var buf = [_]u8{ 'a', 'b', 'c' };
    const b = Value{ .text = &buf };
    try testing.expectEqualDeep(a, b);
    buf[1] = 'X';
    try testing.expectEqualDeep(a, b);
}

test "wrong field access" {
    var v = Value{ .text = "hi" };
    bump(&v);
    try testing.expectEqual(@as(i64, 0), v.int);
}
