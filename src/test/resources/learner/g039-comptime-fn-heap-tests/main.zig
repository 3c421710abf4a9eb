const std = @import("std");

fn Heap(comptime T: type, comptime lessThan: fn (T, T) bool) type {
    return struct {
        items: std.ArrayList(T),
        const Self = @This();
        fn init(alloc: std.mem.Allocator) Self {
            return .{ .items = std.ArrayList(T).init(alloc) };
        }
        fn deinit(self: *Self) void {
            self.items.deinit();
        }
        fn push(self: *Self, v: T) !void {
            try self.items.append(v);
            var i = self.items.items.len - 1;
            while (i > 0) {
                const parent = (i - 1) / 2;
                if (!lessThan(self.items.items[i], self.items.items[parent])) break;
                std.mem.swap(T, &self.items.items[i], &self.items.items[parent]);
                i = parent;
            }
        }
        fn popTop(self: *Self) ?T {
            const list = &self.items;
            if (list.items.len == 0) return null;
            const top = list.items[0];
            const last = list.items[list.items.len - 1];
            list.shrinkRetainingCapacity(list.items.len - 1);
            if (list.items.len == 0) return top;
            list.items[0] = last;
            var i: usize = 0;
            while (true) {
                const l = 2 * i + 1;
                const r = l + 1;
                var best = i;
                if (l < list.items.len and lessThan(list.items[l], list.items[best])) best = l;
                if (r < list.items.len and lessThan(list.items[r], list.items[best])) best = r;
                if (best == i) break;
                std.mem.swap(T, &list.items[i], &list.items[best]);
                i = best;
            }
            return top;
        }
    };
}

fn less(a: i32, b: i32) bool {
    return a < b;
}
fn longer(a: []const u8, b: []const u8) bool {
    return a.len > b.len;
}

test "min heap sorts" {
    var h = Heap(i32, less).init(std.testing.allocator);
    defer h.deinit();
    for ([_]i32{ 5, -1, 9, 3, 3, 0 }) |v| try h.push(v);
    var out: [6]i32 = undefined;
    for (&out) |*o| o.* = h.popTop().?;
    try std.testing.expectEqualSlices(i32, &.{ -1, 0, 3, 3, 5, 9 }, &out);
    try std.testing.expect(h.popTop() == null);
}

test "longest first" {
    var h = Heap([]const u8, longer).init(std.testing.allocator);
    defer h.deinit();
    for ([_][]const u8{ "ab", "abcd", "a", "abc" }) |s| try h.push(s);
    try std.testing.expectEqualStrings("abcd", h.popTop().?);
    try std.testing.expectEqualStrings("abc", h.popTop().?);
    try std.testing.expectEqual(@as(usize, 2), h.items.items.len);
}

test "forgot deinit" {
    var h = Heap(u8, struct {
        fn f(a: u8, b: u8) bool {
            return a > b;
        }
    }.f).init(std.testing.allocator);
    try h.push(1);
    try h.push(200);
    try std.testing.expectEqual(@as(?u8, 200), h.popTop());
}
