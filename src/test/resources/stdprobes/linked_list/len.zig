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
    std.debug.print("empty: {d}\n", .{list.len()});
    var n1 = L.Node{ .data = 1 };
    var n2 = L.Node{ .data = 2 };
    list.prepend(&n1);
    std.debug.print("one: {d}\n", .{list.len()});
    list.prepend(&n2);
    std.debug.print("two: {d}\n", .{list.len()});
}
