const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    const a = gpa.allocator();
    const L = std.SinglyLinkedList(u32);
    var list = L{};
    for (0..4) |i| {
        const node = try a.create(L.Node);
        node.* = .{ .data = @intCast(i * 10) };
        list.prepend(node);
    }
    std.debug.print("len {d}:", .{list.len()});
    var it = list.first;
    while (it) |n| : (it = n.next) std.debug.print(" {d}", .{n.data});
    std.debug.print("\n", .{});
    const first = list.popFirst().?;
    a.destroy(first);
    while (list.popFirst()) |n| {
        if (n.data == 10) continue;
        a.destroy(n);
    }
    const leaked = gpa.deinit();
    std.debug.print("{}\n", .{leaked});
}
