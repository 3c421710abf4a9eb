const std = @import("std");

const L = std.SinglyLinkedList(u32);

fn show(list: L) void {
    std.debug.print("len={d}:", .{list.len()});
    var it = list.first;
    while (it) |node| : (it = node.next) std.debug.print(" {d}", .{node.data});
    std.debug.print("\n", .{});
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var list = L{};
    var nodes: [5]*L.Node = undefined;
    for (&nodes, 0..) |*slot, i| {
        slot.* = try allocator.create(L.Node);
        slot.*.* = .{ .data = @intCast(i * 10) };
    }

    list.prepend(nodes[0]);
    list.prepend(nodes[2]);
    nodes[2].insertAfter(nodes[1]);
    nodes[0].insertAfter(nodes[3]);
    show(list);

    list.remove(nodes[1]);
    allocator.destroy(nodes[1]);
    show(list);

    if (nodes[0].removeNext()) |removed| {
        std.debug.print("removeNext gave {d}\n", .{removed.data});
        allocator.destroy(removed);
    }
    list.prepend(nodes[4]);
    L.Node.reverse(&list.first);
    show(list);

    while (list.popFirst()) |node| {
        std.debug.print("pop {d}\n", .{node.data});
        allocator.destroy(node);
    }
    show(list);
}
