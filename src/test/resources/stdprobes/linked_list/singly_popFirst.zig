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
    list.prepend(&n1);
    list.prepend(&n2);
    for (0..3) |_| {
        const p = list.popFirst();
        std.debug.print("popped: {?d}\n", .{if (p) |n| n.data else null});
    }
    show("after", list);
}
