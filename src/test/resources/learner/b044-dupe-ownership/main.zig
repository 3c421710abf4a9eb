const std = @import("std");
const testing = std.testing;

const Names = struct {
    allocator: std.mem.Allocator,
    items: std.ArrayList([]u8),

    fn init(allocator: std.mem.Allocator) Names {
        return .{ .allocator = allocator, .items = std.ArrayList([]u8).init(allocator) };
    }

    fn deinit(self: *Names) void {
        for (self.items.items) |s| self.allocator.free(s);
        self.items.deinit();
    }

    fn add(self: *Names, name: []const u8) !void {
        const copy = try self.allocator.dupe(u8, name);
        errdefer self.allocator.free(copy);
        try self.items.append(copy);
    }

    fn capitalizeAll(self: *Names) void {
        for (self.items.items) |s| {
            if (s.len > 0) s[0] = std.ascii.toUpper(s[0]);
        }
    }
};

test "names survive the original buffer being reused" {
    var names = Names.init(testing.allocator);
    defer names.deinit();
    var buf: [16]u8 = undefined;
    for ([_][]const u8{ "ada", "grace", "linus" }) |n| {
        @memcpy(buf[0..n.len], n);
        try names.add(buf[0..n.len]);
        @memset(&buf, '?');
    }
    names.capitalizeAll();
    try testing.expectEqual(@as(usize, 3), names.items.items.len);
    try testing.expectEqualStrings("Ada", names.items.items[0]);
    try testing.expectEqualStrings("Grace", names.items.items[1]);
    try testing.expectEqualStrings("Linus", names.items.items[2]);
}

test "dupeZ adds a terminator" {
    const z = try testing.allocator.dupeZ(u8, "hello");
    defer testing.allocator.free(z);
    try testing.expectEqual(@as(usize, 5), z.len);
    try testing.expectEqual(@as(u8, 0), z[5]);
    try testing.expectEqualStrings("hello", std.mem.span(z.ptr));
}

test "dupe of other element types" {
    const nums = try testing.allocator.dupe(i32, &.{ 3, 1, 2 });
    defer testing.allocator.free(nums);
    std.mem.sort(i32, nums, {}, std.sort.asc(i32));
    try testing.expectEqualSlices(i32, &.{ 1, 2, 3 }, nums);
}
