const std = @import("std");

fn lessThan(context: void, x: u32, y: u32) std.math.Order {
    _ = context;
    return std.math.order(x, y);
}
const PQ = std.PriorityQueue(u32, void, lessThan);

fn show(label: []const u8, q: PQ) void {
    std.debug.print("{s}: items {any} count {d} cap {d}\n", .{ label, q.items, q.count(), q.capacity() });
}

fn greater(context: void, x: i32, y: i32) std.math.Order {
    _ = context;
    return std.math.order(y, x);
}
fn byRank(rank: []const u8, x: u8, y: u8) std.math.Order {
    return std.math.order(rank[x], rank[y]);
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var q = PQ.init(a, {});
    defer q.deinit();
    try q.addSlice(&.{ 5, 1, 4 });
    std.debug.print("min first: {d}\n", .{q.remove()});
    const Max = std.PriorityQueue(i32, void, greater);
    var m = Max.init(a, {});
    defer m.deinit();
    try m.addSlice(&.{ 5, 1, 4 });
    std.debug.print("max first: {d}\n", .{m.remove()});
    const Ctx = std.PriorityQueue(u8, []const u8, byRank);
    var c = Ctx.init(a, "zyx");
    defer c.deinit();
    try c.addSlice(&.{ 0, 1, 2 });
    std.debug.print("context first: {d}\n", .{c.remove()});
}
