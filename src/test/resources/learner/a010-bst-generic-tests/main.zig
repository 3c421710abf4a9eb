const std = @import("std");
const testing = std.testing;

fn Bst(comptime K: type) type {
    return struct {
        const Self = @This();
        const Node = struct {
            key: K,
            count: u32 = 1,
            left: ?*Node = null,
            right: ?*Node = null,
        };

        root: ?*Node = null,
        size: usize = 0,

        fn insert(self: *Self, allocator: std.mem.Allocator, key: K) !void {
            var link = &self.root;
            while (link.*) |n| {
                switch (std.math.order(key, n.key)) {
                    .eq => {
                        n.count += 1;
                        return;
                    },
                    .lt => link = &n.left,
                    .gt => link = &n.right,
                }
            }
            link.* = try allocator.create(Node);
            link.*.?.* = .{ .key = key };
            self.size += 1;
        }

        fn countOf(self: Self, key: K) u32 {
            var it = self.root;
            while (it) |n| {
                switch (std.math.order(key, n.key)) {
                    .eq => return n.count,
                    .lt => it = n.left,
                    .gt => it = n.right,
                }
            }
            return 0;
        }

        fn height(node: ?*const Node) usize {
            const n = node orelse return 0;
            return 1 + @max(height(n.left), height(n.right));
        }

        fn deinit(self: *Self, allocator: std.mem.Allocator) void {
            destroy(allocator, self.root);
            self.* = .{};
        }

        fn destroy(allocator: std.mem.Allocator, node: ?*Node) void {
            const n = node orelse return;
            destroy(allocator, n.left);
            destroy(allocator, n.right);
            allocator.destroy(n);
        }
    };
}

test "duplicates are counted, not stored twice" {
    var t = Bst(u8){};
    defer t.deinit(testing.allocator);
    for ("mississippi") |c| try t.insert(testing.allocator, c);
    try testing.expectEqual(@as(usize, 4), t.size);
    try testing.expectEqual(@as(u32, 4), t.countOf('s'));
    try testing.expectEqual(@as(u32, 2), t.countOf('p'));
    try testing.expectEqual(@as(u32, 0), t.countOf('z'));
}

test "sorted input degenerates into a list" {
    var t = Bst(i32){};
    defer t.deinit(testing.allocator);
    var i: i32 = 0;
    while (i < 6) : (i += 1) try t.insert(testing.allocator, i);
    try testing.expectEqual(@as(usize, 6), Bst(i32).height(t.root));
}

test "balanced input stays short" {
    var t = Bst(i32){};
    defer t.deinit(testing.allocator);
    for ([_]i32{ 4, 2, 6, 1, 3, 5, 7 }) |k| try t.insert(testing.allocator, k);
    try testing.expectEqual(@as(usize, 3), Bst(i32).height(t.root));
    try testing.expect(t.root.?.left.?.key == 2);
}
