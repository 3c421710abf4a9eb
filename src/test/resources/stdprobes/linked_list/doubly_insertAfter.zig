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
    var n1 = L.Node{ .data = 1 };
    var n2 = L.Node{ .data = 2 };
    var n3 = L.Node{ .data = 3 };
    list.append(&n1);
    list.insertAfter(&n1, &n3);
    show("after 1", list);
    list.insertAfter(&n1, &n2);
    show("middle", list);
}
