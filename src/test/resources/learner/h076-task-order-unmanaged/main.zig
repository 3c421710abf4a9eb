const std = @import("std");

const Task = struct {
    id: u32,
    deps: std.ArrayListUnmanaged(u32) = .{},
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    var tasks: std.ArrayListUnmanaged(Task) = .{};
    defer {
        for (tasks.items) |*t| t.deps.deinit(alloc);
        tasks.deinit(alloc);
    }
    for (0..5) |i| try tasks.append(alloc, .{ .id = @intCast(i) });
    try tasks.items[1].deps.append(alloc, 0);
    try tasks.items[2].deps.appendSlice(alloc, &.{ 0, 1 });
    try tasks.items[4].deps.append(alloc, 2);
    try tasks.items[3].deps.append(alloc, 4);
    var done = [_]bool{false} ** 5;
    var order: std.ArrayListUnmanaged(u32) = .{};
    defer order.deinit(alloc);
    while (order.items.len < tasks.items.len) {
        var progressed = false;
        for (tasks.items) |t| {
            if (done[t.id]) continue;
            const ready = for (t.deps.items) |d| {
                if (!done[d]) break false;
            } else true;
            if (ready) {
                done[t.id] = true;
                try order.append(alloc, t.id);
                progressed = true;
            }
        }
        if (!progressed) return error.Cycle;
    }
    std.debug.print("order: {any}\n", .{order.items});
    std.debug.print("cap>=len: {}\n", .{order.capacity >= order.items.len});
    const owned = try order.toOwnedSlice(alloc);
    defer alloc.free(owned);
    std.debug.print("owned {any}, left {d}\n", .{ owned, order.items.len });
    try tasks.items[0].deps.append(alloc, 3);
    @memset(&done, false);
    order = .{};
    var guard: usize = 0;
    while (guard < 3) : (guard += 1) {
        for (tasks.items) |t| {
            const ready = for (t.deps.items) |d| {
                if (!done[d]) break false;
            } else true;
            if (ready) done[t.id] = true;
        }
    }
    std.debug.print("after cycle: {any}\n", .{done});
    if (!done[0]) return error.Cycle;
}
