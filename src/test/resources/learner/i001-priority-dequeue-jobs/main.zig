const std = @import("std");

const Job = struct {
    name: []const u8,
    cost: u32,
};

fn byCost(_: void, a: Job, b: Job) std.math.Order {
    return std.math.order(a.cost, b.cost);
}

const Deque = std.PriorityDequeue(Job, void, byCost);

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var dq = Deque.init(allocator, {});
    defer dq.deinit();

    const jobs = [_]Job{
        .{ .name = "compile", .cost = 40 },
        .{ .name = "lint", .cost = 5 },
        .{ .name = "test", .cost = 25 },
        .{ .name = "deploy", .cost = 60 },
        .{ .name = "docs", .cost = 12 },
        .{ .name = "bench", .cost = 33 },
    };
    try dq.addSlice(&jobs);
    std.debug.print("queued {d} jobs, capacity >= {}\n", .{ dq.count(), dq.capacity() >= dq.count() });

    if (dq.peekMin()) |j| std.debug.print("cheapest: {s} ({d})\n", .{ j.name, j.cost });
    if (dq.peekMax()) |j| std.debug.print("priciest: {s} ({d})\n", .{ j.name, j.cost });

    // alternate: cheap job, expensive job
    var turn: usize = 0;
    while (dq.count() > 0) : (turn += 1) {
        const j = if (turn % 2 == 0) dq.removeMin() else dq.removeMax();
        std.debug.print("turn {d}: {s:<8} cost {d:>3}\n", .{ turn, j.name, j.cost });
    }
    std.debug.print("empty min: {?}\n", .{dq.removeMinOrNull()});
    _ = dq.removeMax();
}
