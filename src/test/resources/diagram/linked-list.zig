const std = @import("std");

const Node = struct {
    value: i32,
    next: ?*Node,
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var head: ?*Node = null;
    var i: i32 = 1;
    while (i <= 3) : (i += 1) {
        const node = try allocator.create(Node);
        node.* = .{ .value = i * 10, .next = head };
        head = node;
    }
    std.debug.print("built\n", .{});

    while (head) |node| {
        head = node.next;
        allocator.destroy(node);
    }
}
