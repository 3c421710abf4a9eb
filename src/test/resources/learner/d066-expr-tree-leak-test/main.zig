const std = @import("std");
const testing = std.testing;

const Node = union(enum) {
    lit: i64,
    add: [2]*Node,
    mul: [2]*Node,
    neg: *Node,

    fn create(allocator: std.mem.Allocator, n: Node) !*Node {
        const p = try allocator.create(Node);
        p.* = n;
        return p;
    }

    fn eval(self: *const Node) i64 {
        return switch (self.*) {
            .lit => |v| v,
            .add => |kids| kids[0].eval() + kids[1].eval(),
            .mul => |kids| kids[0].eval() * kids[1].eval(),
            .neg => |child| -child.eval(),
        };
    }

    fn destroy(self: *Node, allocator: std.mem.Allocator) void {
        switch (self.*) {
            .lit => {},
            .add, .mul => |kids| {
                kids[0].destroy(allocator);
                kids[1].destroy(allocator);
            },
            .neg => {}, // forgot the child
        }
        allocator.destroy(self);
    }
};

fn lit(a: std.mem.Allocator, v: i64) !*Node {
    return Node.create(a, .{ .lit = v });
}

test "evaluate (2 + 3) * 4" {
    const a = testing.allocator;
    const tree = try Node.create(a, .{ .mul = .{ try Node.create(a, .{ .add = .{ try lit(a, 2), try lit(a, 3) } }), try lit(a, 4) } });
    defer tree.destroy(a);
    try testing.expectEqual(@as(i64, 20), tree.eval());
}

test "switch on the tag" {
    const a = testing.allocator;
    const n = try lit(a, 7);
    defer n.destroy(a);
    try testing.expect(n.* == .lit);
    try testing.expectEqual(std.meta.Tag(Node).lit, std.meta.activeTag(n.*));
}

test "negation leaks its child" {
    const a = testing.allocator;
    const tree = try Node.create(a, .{ .neg = try Node.create(a, .{ .add = .{ try lit(a, 1), try lit(a, 1) } }) });
    defer tree.destroy(a);
    try testing.expectEqual(@as(i64, -2), tree.eval());
}
