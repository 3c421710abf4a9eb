const std = @import("std");

const Node = struct {
    value: u32,
    next: ?*Node = null,
};

fn third(head: *Node) u32 {
    return head.next.?.next.?.value;
}

pub fn main() void {
    var c = Node{ .value = 3 };
    var b = Node{ .value = 2, .next = &c };
    var a = Node{ .value = 1, .next = &b };
    std.debug.print("third from a: {d}\n", .{third(&a)});
    std.debug.print("third from b: {d}\n", .{third(&b)});
}
