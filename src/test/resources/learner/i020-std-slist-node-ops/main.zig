const std = @import("std");

const L = std.SinglyLinkedList([]const u8);

fn show(label: []const u8, list: L) void {
    std.debug.print("{s:<14}", .{label});
    var it = list.first;
    while (it) |n| : (it = n.next) std.debug.print(" {s}", .{n.data});
    std.debug.print("  (len {d})\n", .{list.len()});
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();

    var list = L{};
    defer while (list.popFirst()) |n| a.destroy(n);

    for ([_][]const u8{ "delta", "charlie", "alpha" }) |w| {
        const n = try a.create(L.Node);
        n.* = .{ .data = w };
        list.prepend(n);
    }
    show("prepended", list);

    const bravo = try a.create(L.Node);
    bravo.* = .{ .data = "bravo" };
    list.first.?.insertAfter(bravo);
    show("insertAfter", list);

    const echo = try a.create(L.Node);
    echo.* = .{ .data = "echo" };
    list.first.?.findLast().insertAfter(echo);
    show("append", list);
    std.debug.print("children of first: {d}\n", .{list.first.?.countChildren()});

    L.Node.reverse(&list.first);
    show("reversed", list);

    if (list.first.?.removeNext()) |gone| {
        std.debug.print("removed {s}\n", .{gone.data});
        a.destroy(gone);
    }
    list.remove(bravo);
    show("removed", list);
    a.destroy(bravo);
    std.debug.print("bravo after destroy: {s}\n", .{bravo.data});
}
