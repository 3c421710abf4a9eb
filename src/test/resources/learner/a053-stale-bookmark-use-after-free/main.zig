const std = @import("std");

const Node = struct {
    value: i32,
    next: ?*Node = null,
};

fn push(allocator: std.mem.Allocator, head: *?*Node, value: i32) !void {
    const n = try allocator.create(Node);
    n.* = .{ .value = value, .next = head.* };
    head.* = n;
}

fn removeValue(allocator: std.mem.Allocator, head: *?*Node, value: i32) void {
    var link = head;
    while (link.*) |n| : (link = &n.next) {
        if (n.value == value) {
            link.* = n.next;
            allocator.destroy(n);
            return;
        }
    }
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var head: ?*Node = null;
    for ([_]i32{ 4, 3, 2, 1 }) |v| try push(allocator, &head, v);

    // Remember where the 3 is, to continue from there later.
    var bookmark: ?*Node = head.?.next.?.next;
    std.debug.print("bookmark at {d}\n", .{bookmark.?.value});

    removeValue(allocator, &head, 3);

    var it = head;
    while (it) |n| : (it = n.next) std.debug.print("{d} ", .{n.value});
    std.debug.print("\n", .{});

    // The bookmark still points at the destroyed node.
    std.debug.print("bookmark value now {d}\n", .{bookmark.?.value});
    while (bookmark) |n| : (bookmark = n.next) std.debug.print("from bookmark: {d}\n", .{n.value});
}
