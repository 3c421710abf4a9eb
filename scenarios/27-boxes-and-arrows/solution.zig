const std = @import("std");

const Node = struct {
    value: u32,
    next: ?*Node,
};

fn push(allocator: std.mem.Allocator, head: ?*Node, value: u32) !*Node {
    const node = try allocator.create(Node);
    node.* = .{ .value = value, .next = head };
    return node;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var head: ?*Node = null;
    head = try push(allocator, head, 1);
    head = try push(allocator, head, 2);
    head = try push(allocator, head, 3);

    // take the first node off the list
    {
        const second = head.?.next;
        allocator.destroy(head.?);
        head = second;
    }

    // and push 9
    head = try push(allocator, head, 9);

    var sum: u32 = 0;
    while (head) |node| {
        sum += node.value;
        head = node.next;
        allocator.destroy(node);
    }
    std.debug.print("sum: {d}\n", .{sum});
}
