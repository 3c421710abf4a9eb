const std = @import("std");

const L = std.SinglyLinkedList(u32);

fn show(label: []const u8, list: L) void {
    std.debug.print("{s}:", .{label});
    var it = list.first;
    while (it) |n| : (it = n.next) std.debug.print(" {d}", .{n.data});
    std.debug.print(" (len {d})\n", .{list.len()});
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var list = L{};
    show("empty", list);
    for (0..3) |i| {
        const n = try a.create(L.Node);
        n.* = .{ .data = @intCast(i * 10) };
        list.prepend(n);
    }
    show("three", list);
    while (list.popFirst()) |n| a.destroy(n);
    show("freed", list);
    std.debug.print("Node.Data: {s}\n", .{@typeName(L.Node.Data)});
}
