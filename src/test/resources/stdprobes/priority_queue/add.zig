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
    try q.add(5);
    try q.add(3);
    show("5,3", q);
    try q.add(4);
    try q.add(1);
    show("+4,1", q);
    try q.add(3);
    show("+3 again", q);
}
