// 1,000 live blocks (a linked list of nodes on the debug allocator), then a loop to step
// through: the window's step benchmark (bench/window.sh step) pauses at line 27 and steps.
const std = @import("std");

const Node = struct {
    value: u64,
    next: ?*Node,
};

pub fn main() !void {
    var gpa = std.heap.DebugAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var head: ?*Node = null;
    var i: u64 = 0;
    while (i < 1000) : (i += 1) {
        const n = try allocator.create(Node);
        n.* = .{ .value = i, .next = head };
        head = n;
    }

    var sum: u64 = 0;
    var node = head;
    var steps: u32 = 0;
    while (steps < 100000) : (steps += 1) {
        sum +%= steps;
        if (node) |n| node = n.next;
    }
    std.debug.print("sum {d}\n", .{sum});

    while (head) |n| {
        head = n.next;
        allocator.destroy(n);
    }
}
