const std = @import("std");

const Node = struct {
    value: i32,
    next: ?*Node,
};

pub fn main() !void {
    var pool = std.heap.MemoryPool(Node).init(std.heap.page_allocator);
    defer pool.deinit();

    var total: i64 = 0;
    for (0..100) |i| {
        const node = try pool.create();
        node.* = .{ .value = @intCast(i), .next = null };
        total += node.value;
        // done with the node, but it is never handed back to the pool
    }
    std.debug.print("total: {d}\n", .{total});
}
