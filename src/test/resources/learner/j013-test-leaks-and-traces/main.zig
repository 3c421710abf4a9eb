const std = @import("std");
const testing = std.testing;

const Stack = struct {
    items: std.ArrayList(u32),

    fn init(a: std.mem.Allocator) Stack {
        return .{ .items = std.ArrayList(u32).init(a) };
    }
    fn deinit(self: *Stack) void {
        self.items.deinit();
    }
    fn push(self: *Stack, v: u32) !void {
        try self.items.append(v);
    }
    fn popOrError(self: *Stack) !u32 {
        if (self.items.items.len == 0) return error.StackEmpty;
        const v = self.items.items[self.items.items.len - 1];
        self.items.shrinkRetainingCapacity(self.items.items.len - 1);
        return v;
    }
};

fn duplicate(a: std.mem.Allocator, s: []const u8) ![]u8 {
    const copy = try a.alloc(u8, s.len);
    @memcpy(copy, s);
    return copy;
}

test "stack push and pop" {
    var s = Stack.init(testing.allocator);
    defer s.deinit();
    try s.push(1);
    try s.push(2);
    try testing.expectEqual(@as(u32, 2), try s.popOrError());
}

test "forgot deinit" {
    var s = Stack.init(testing.allocator);
    try s.push(7);
    try testing.expectEqual(@as(usize, 1), s.items.items.len);
}

test "pop from empty returns error" {
    var s = Stack.init(testing.allocator);
    defer s.deinit();
    _ = try s.popOrError();
}

test "duplicate leaks twice" {
    const a = try duplicate(testing.allocator, "abc");
    const b = try duplicate(testing.allocator, "defg");
    try testing.expectEqualStrings("abc", a);
    try testing.expectEqual(@as(usize, 4), b.len);
}

test "fine again" {
    const a = try duplicate(testing.allocator, "ok");
    defer testing.allocator.free(a);
    try testing.expect(a[0] == 'o');
}
