const std = @import("std");

const L = std.SinglyLinkedList(u32);

fn show(label: []const u8, list: L) void {
    std.debug.print("{s}:", .{label});
    var it = list.first;
    while (it) |n| : (it = n.next) std.debug.print(" {d}", .{n.data});
    std.debug.print(" (len {d})\n", .{list.len()});
}

pub fn main() !void {
    var list = L{};
    var nodes = [_]L.Node{ .{ .data = 1 }, .{ .data = 2 }, .{ .data = 3 } };
    for (&nodes) |*n| list.prepend(n);
    show("before", list);
    L.Node.reverse(&list.first);
    show("reversed", list);
    var empty = L{};
    L.Node.reverse(&empty.first);
    show("empty reversed", empty);
}
