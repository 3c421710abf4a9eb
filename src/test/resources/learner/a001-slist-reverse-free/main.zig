const std = @import("std");

const Node = struct {
    value: i32,
    next: ?*Node,
};

fn pushFront(allocator: std.mem.Allocator, head: *?*Node, value: i32) !void {
    const node = try allocator.create(Node);
    node.* = .{ .value = value, .next = head.* };
    head.* = node;
}

fn append(allocator: std.mem.Allocator, head: *?*Node, value: i32) !void {
    const node = try allocator.create(Node);
    node.* = .{ .value = value, .next = null };
    var cursor = head;
    while (cursor.*) |n| cursor = &n.next;
    cursor.* = node;
}

fn reverse(head: ?*Node) ?*Node {
    var prev: ?*Node = null;
    var current = head;
    while (current) |n| {
        const next = n.next;
        n.next = prev;
        prev = n;
        current = next;
    }
    return prev;
}

fn printList(label: []const u8, head: ?*Node) void {
    std.debug.print("{s}:", .{label});
    var it = head;
    while (it) |n| : (it = n.next) std.debug.print(" {d}", .{n.value});
    std.debug.print("\n", .{});
}

fn freeAll(allocator: std.mem.Allocator, head: ?*Node) usize {
    var freed: usize = 0;
    var it = head;
    while (it) |n| {
        it = n.next;
        allocator.destroy(n);
        freed += 1;
    }
    return freed;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.print("leak check: {s}\n", .{@tagName(gpa.deinit())});
    const allocator = gpa.allocator();

    var head: ?*Node = null;
    try pushFront(allocator, &head, 2);
    try pushFront(allocator, &head, 1);
    try append(allocator, &head, 3);
    try append(allocator, &head, 4);
    printList("built", head);

    head = reverse(head);
    printList("reversed", head);

    std.debug.print("freed {d} nodes\n", .{freeAll(allocator, head)});
}
