const std = @import("std");

const L = std.DoublyLinkedList(u32);

fn show(label: []const u8, list: L) void {
    std.debug.print("{s}:", .{label});
    var it = list.first;
    while (it) |n| : (it = n.next) std.debug.print(" {d}", .{n.data});
    std.debug.print(" | back:", .{});
    var bt = list.last;
    while (bt) |n| : (bt = n.prev) std.debug.print(" {d}", .{n.data});
    std.debug.print(" (len {d})\n", .{list.len});
}

pub fn main() !void {
    var list = L{};
    var nodes = [_]L.Node{ .{ .data = 1 }, .{ .data = 2 }, .{ .data = 3 } };
    for (&nodes) |*n| list.append(n);
    list.remove(&nodes[1]);
    show("removed middle", list);
    list.remove(&nodes[0]);
    show("removed first", list);
    list.remove(&nodes[2]);
    show("removed last", list);
}
