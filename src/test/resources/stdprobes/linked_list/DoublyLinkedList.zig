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
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var list = L{};
    show("empty", list);
    for (1..4) |i| {
        const n = try a.create(L.Node);
        n.* = .{ .data = @intCast(i) };
        list.append(n);
    }
    show("three", list);
    while (list.pop()) |n| a.destroy(n);
    show("freed", list);
}
