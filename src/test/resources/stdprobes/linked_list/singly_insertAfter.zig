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
    var n1 = L.Node{ .data = 1 };
    var n2 = L.Node{ .data = 2 };
    var n3 = L.Node{ .data = 3 };
    list.prepend(&n1);
    n1.insertAfter(&n3);
    show("1 then 3", list);
    n1.insertAfter(&n2);
    show("2 between", list);
}
