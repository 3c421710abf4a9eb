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
    var q = PQ.init(a, {});
    defer q.deinit();
    std.debug.print("empty: {?}\n", .{q.peek()});
    try q.addSlice(&.{ 8, 3, 6 });
    std.debug.print("peek: {?}\n", .{q.peek()});
    std.debug.print("count unchanged: {d}\n", .{q.count()});
}
