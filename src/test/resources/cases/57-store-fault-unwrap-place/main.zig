const std = @import("std");

const Node = struct { count: u64, next: ?*Node };

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const first = try a.create(Node);
    const second = try a.create(Node);
    first.* = .{ .count = 1, .next = second };
    second.* = .{ .count = 2, .next = null };
    const stale = first;
    a.destroy(second);
    a.destroy(first);
    // the freed node still holds 0xaa bytes: its next is a wild pointer
    stale.next.?.count = stale.count + 1;
}
