const std = @import("std");
const testing = std.testing;

const User = struct {
    id: u32,
    name: []const u8,
    tags: []const []const u8,
    manager: ?u32 = null,
};

fn makeUser(alloc: std.mem.Allocator, id: u32, name: []const u8) !User {
    const tags = try alloc.alloc([]const u8, 2);
    tags[0] = "staff";
    tags[1] = if (id < 10) "senior" else "junior";
    return .{ .id = id, .name = name, .tags = tags };
}

test "deep equal users" {
    const u = try makeUser(testing.allocator, 3, "ann");
    defer testing.allocator.free(u.tags);
    try testing.expectEqualDeep(User{ .id = 3, .name = "ann", .tags = &.{ "staff", "senior" } }, u);
}

test "deep mismatch in nested slice" {
    const u = try makeUser(testing.allocator, 42, "bob");
    defer testing.allocator.free(u.tags);
    try testing.expectEqualDeep(User{ .id = 42, .name = "bob", .tags = &.{ "staff", "senior" } }, u);
}

test "optional manager" {
    var u = try makeUser(testing.allocator, 1, "cy");
    defer testing.allocator.free(u.tags);
    try testing.expectEqual(@as(?u32, null), u.manager);
    u.manager = 7;
    try testing.expectEqual(@as(?u32, 8), u.manager);
}

test "skipped on purpose" {
    return error.SkipZigTest;
}

test "struct equal mismatch" {
    const P = struct { x: i32, y: i32 };
    try testing.expectEqual(P{ .x = 1, .y = 2 }, P{ .x = 1, .y = 3 });
}
