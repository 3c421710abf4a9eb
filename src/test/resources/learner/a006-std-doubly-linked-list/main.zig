const std = @import("std");

const Tasks = std.DoublyLinkedList([]const u8);

fn printBoth(list: *const Tasks) void {
    var it = list.first;
    std.debug.print("[{d}] forward:", .{list.len});
    while (it) |node| : (it = node.next) std.debug.print(" {s}", .{node.data});
    it = list.last;
    std.debug.print(" | backward:", .{});
    while (it) |node| : (it = node.prev) std.debug.print(" {s}", .{node.data});
    std.debug.print("\n", .{});
}

fn newNode(allocator: std.mem.Allocator, text: []const u8) !*Tasks.Node {
    const node = try allocator.create(Tasks.Node);
    node.* = .{ .data = text };
    return node;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var list = Tasks{};
    defer while (list.pop()) |node| allocator.destroy(node);

    const wash = try newNode(allocator, "wash");
    list.append(wash);
    list.append(try newNode(allocator, "dry"));
    list.prepend(try newNode(allocator, "sort"));
    list.insertAfter(wash, try newNode(allocator, "rinse"));
    printBoth(&list);

    const first = list.popFirst().?;
    std.debug.print("done: {s}\n", .{first.data});
    allocator.destroy(first);

    list.remove(wash);
    list.insertBefore(list.last.?, wash);
    printBoth(&list);
}
