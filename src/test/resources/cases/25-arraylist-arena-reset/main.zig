const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var list = std.ArrayList(u8).init(a);
    defer list.deinit();
    try list.appendSlice("hello");
    try list.insert(0, '>');
    try list.insertSlice(1, "> ");
    std.debug.print("{s} len={d} cap={d}\n", .{ list.items, list.items.len, list.capacity });
    _ = list.orderedRemove(0);
    _ = list.swapRemove(0);
    std.debug.print("{s}\n", .{list.items});
    try list.writer().print(" {d} + {d} = {d}", .{ 40, 2, 42 });
    try list.appendNTimes('!', 30);
    std.debug.print("{s} cap={d}\n", .{ list.items, list.capacity });
    const owned = try list.toOwnedSlice();
    defer a.free(owned);
    std.debug.print("owned {d}, list now {d}/{d}\n", .{ owned.len, list.items.len, list.capacity });

    var u: std.ArrayListUnmanaged(u32) = .empty;
    defer u.deinit(a);
    for (0..50) |i| try u.append(a, @intCast(i));
    try u.insert(a, 3, 999);
    u.shrinkRetainingCapacity(10);
    std.debug.print("{any} {d}\n", .{ u.items, u.capacity });
    var l2 = try std.ArrayList(i64).initCapacity(a, 3);
    defer l2.deinit();
    l2.appendAssumeCapacity(5);
    l2.items.len += 1;
    l2.items[1] = 6;
    std.debug.print("{any} {d} last={d}\n", .{ l2.items, l2.capacity, l2.getLast() });
    var arena = std.heap.ArenaAllocator.init(a);
    defer arena.deinit();
    var l3 = std.ArrayList(u16).init(arena.allocator());
    for (0..1000) |i| try l3.append(@intCast(i));
    std.debug.print("arena cap {d} capacity {d}\n", .{ arena.queryCapacity(), l3.capacity });
    _ = arena.reset(.retain_capacity);
    std.debug.print("after reset {d}\n", .{arena.queryCapacity()});
    _ = arena.reset(.{ .retain_with_limit = 100 });
    std.debug.print("after limit {d}\n", .{arena.queryCapacity()});
    _ = arena.reset(.free_all);
    std.debug.print("after free_all {d}\n", .{arena.queryCapacity()});
}
