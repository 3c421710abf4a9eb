const std = @import("std");

const Job = struct {
    name: []const u8,
    prio: u8,
    seq: u32,
};

fn cmp(ctx: void, a: Job, b: Job) std.math.Order {
    _ = ctx;
    return switch (std.math.order(b.prio, a.prio)) {
        .eq => std.math.order(a.seq, b.seq),
        else => |o| o,
    };
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var pq = std.PriorityQueue(Job, void, cmp).init(gpa.allocator(), {});
    defer pq.deinit();
    const names = [_][]const u8{ "backup", "email", "index", "deploy", "lint", "test" };
    const prios = [_]u8{ 1, 5, 3, 5, 2, 3 };
    for (names, prios, 0..) |n, p, i| try pq.add(.{ .name = n, .prio = p, .seq = @intCast(i) });
    std.debug.print("queued {d}, next is {s}\n", .{ pq.count(), pq.peek().?.name });
    while (pq.removeOrNull()) |j| {
        std.debug.print("run {s:<7} prio={d} seq={d}\n", .{ j.name, j.prio, j.seq });
        if (std.mem.eql(u8, j.name, "index")) try pq.add(.{ .name = "reindex", .prio = 4, .seq = 99 });
    }
    var minq = std.PriorityQueue(i32, void, struct {
        fn lt(_: void, a: i32, b: i32) std.math.Order {
            return std.math.order(a, b);
        }
    }.lt).init(gpa.allocator(), {});
    defer minq.deinit();
    try minq.addSlice(&.{ 9, -3, 7, 0, 12, -8 });
    var it = minq.iterator();
    var n: usize = 0;
    while (it.next()) |_| n += 1;
    std.debug.print("iterated {d}\n", .{n});
    while (minq.removeOrNull()) |v| std.debug.print("{d} ", .{v});
    std.debug.print("\n", .{});
    _ = minq.remove();
}
