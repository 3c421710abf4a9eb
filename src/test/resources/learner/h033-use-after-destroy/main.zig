const std = @import("std");

const Node = struct {
    val: u32,
    next: ?*Node,
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    var head: ?*Node = null;
    for (0..3) |i| {
        const n = try alloc.create(Node);
        n.* = .{ .val = @intCast(i), .next = head };
        head = n;
    }
    var cur = head;
    while (cur) |n| {
        std.debug.print("{d} ", .{n.val});
        alloc.destroy(n);
        cur = n.next;
    }
    std.debug.print("\n", .{});
    alloc.destroy(head.?);
}
