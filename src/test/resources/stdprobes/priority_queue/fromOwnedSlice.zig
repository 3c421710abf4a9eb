const std = @import("std");

fn lessThan(context: void, x: u32, y: u32) std.math.Order {
    _ = context;
    return std.math.order(x, y);
}
const PQ = std.PriorityQueue(u32, void, lessThan);

fn show(label: []const u8, q: PQ) void {
    std.debug.print("{s}: items {any} count {d} cap {d}\n", .{ label, q.items, q.count(), q.capacity() });
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    const mem = try a.alloc(u32, 5);
    @memcpy(mem, &[_]u32{ 9, 4, 7, 1, 3 });
    var q = PQ.fromOwnedSlice(a, mem, {});
    defer q.deinit();
    show("heapified", q);
    std.debug.print("min: {d}\n", .{q.remove()});
}
