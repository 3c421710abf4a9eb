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
    var l1 = L{};
    var l2 = L{};
    var nodes = [_]L.Node{ .{ .data = 1 }, .{ .data = 2 }, .{ .data = 3 } };
    l1.append(&nodes[0]);
    l2.append(&nodes[1]);
    l2.append(&nodes[2]);
    l1.concatByMoving(&l2);
    show("l1", l1);
    show("l2", l2);
    var l3 = L{};
    l3.concatByMoving(&l1);
    show("into empty", l3);
    l3.concatByMoving(&l2);
    show("from empty", l3);
}
