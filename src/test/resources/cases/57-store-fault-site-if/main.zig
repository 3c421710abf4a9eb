const std = @import("std");

const Node = struct { id: u32, next: ?*Node };

fn pick(n: *const Node, keep: bool) ?*Node {
    return if (keep) n.next else null;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const head = try a.create(Node);
    head.* = .{ .id = 1, .next = null };
    const tail = try a.create(Node);
    tail.* = .{ .id = 2, .next = null };
    head.next = tail;
    const old = head;
    a.destroy(head);
    std.debug.print("old.id = {x}\n", .{old.id});
    old.next.?.next = if (old.id > 0) pick(tail, true) else null;
    a.destroy(tail);
}
