const std = @import("std");

const Node = struct {
    value: i32,
    next: ?*Node = null,
};

fn sum(head: *Node) i32 {
    var total: i32 = 0;
    var cur: *Node = head;
    while (true) {
        total += cur.value;
        cur = cur.next;
    }
    return total;
}

pub fn main() void {
    var b = Node{ .value = 2 };
    var a = Node{ .value = 1, .next = &b };
    std.debug.print("{d}\n", .{sum(&a)});
}
