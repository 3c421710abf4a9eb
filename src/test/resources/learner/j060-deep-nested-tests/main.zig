const std = @import("std");
const testing = std.testing;

const Address = struct { city: []const u8, zip: u32 };
const Person = struct {
    name: []const u8,
    age: ?u8,
    tags: []const []const u8,
    home: Address,
};

fn makeAda() Person {
    return .{ .name = "Ada", .age = 36, .tags = &.{ "math", "engines" }, .home = .{ .city = "London", .zip = 1815 } };
}

test "deep equal passes" {
    var tags = [_][]const u8{ "math", "engines" };
    const p = Person{ .name = "Ada", .age = 36, .tags = &tags, .home = .{ .city = "London", .zip = 1815 } };
    try testing.expectEqualDeep(makeAda(), p);
}

test "deep equal nested string differs" {
    var p = makeAda();
    p.home.city = "Paris";
    try testing.expectEqualDeep(makeAda(), p);
}

test "deep equal optional differs" {
    var p = makeAda();
    p.age = null;
    try testing.expectEqualDeep(makeAda(), p);
}

test "deep equal tag list length" {
    var p = makeAda();
    p.tags = p.tags[0..1];
    try testing.expectEqualDeep(makeAda(), p);
}

test "expectEqual on slices compares pointers" {
    const a = [_]u8{ 1, 2, 3 };
    const b = [_]u8{ 1, 2, 3 };
    try testing.expectEqual(@as([]const u8, &a), @as([]const u8, &b));
}

test "expectEqualSentinel" {
    const s: [:0]const u8 = "abc";
    try testing.expectEqualSentinel(u8, 0, "abc", s);
}
