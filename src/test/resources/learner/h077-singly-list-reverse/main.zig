const std = @import("std");

const Node = std.SinglyLinkedList([]const u8).Node;

pub fn main() !void {
    var list = std.SinglyLinkedList([]const u8){};
    var nodes: [4]Node = undefined;
    const words = [_][]const u8{ "one", "two", "three", "four" };
    for (&nodes, words) |*n, w| {
        n.* = .{ .data = w };
        list.prepend(n);
    }
    std.debug.print("len={d}\n", .{list.len()});
    var it = list.first;
    while (it) |n| : (it = n.next) std.debug.print("{s} ", .{n.data});
    std.debug.print("\n", .{});
    _ = list.popFirst();
    list.remove(&nodes[1]);
    nodes[0].insertAfter(&nodes[3]);
    it = list.first;
    while (it) |n| : (it = n.next) std.debug.print("{s} ", .{n.data});
    std.debug.print("\nreverse:", .{});
    var prev: ?*Node = null;
    var cur = list.first;
    while (cur) |n| {
        cur = n.next;
        n.next = prev;
        prev = n;
    }
    list.first = prev;
    it = list.first;
    while (it) |n| : (it = n.next) std.debug.print(" {s}", .{n.data});
    std.debug.print("\nfind: {?s}\n", .{if (list.first) |f| f.findLast().data else null});
    const z = try std.heap.page_allocator.dupeZ(u8, list.first.?.data);
    defer std.heap.page_allocator.free(z);
    std.debug.print("{s} len={d} term={d}\n", .{ z, z.len, z[z.len] });
}
