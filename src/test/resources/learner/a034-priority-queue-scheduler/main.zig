const std = @import("std");

const Task = struct {
    name: []const u8,
    priority: u8,
    seq: u32,
};

fn higherFirst(_: void, a: Task, b: Task) std.math.Order {
    // Higher priority first; among equals, the one submitted first.
    if (a.priority != b.priority) return std.math.order(b.priority, a.priority);
    return std.math.order(a.seq, b.seq);
}

const Scheduler = struct {
    queue: std.PriorityQueue(Task, void, higherFirst),
    next_seq: u32 = 0,

    fn init(allocator: std.mem.Allocator) Scheduler {
        return .{ .queue = std.PriorityQueue(Task, void, higherFirst).init(allocator, {}) };
    }

    fn deinit(self: *Scheduler) void {
        self.queue.deinit();
    }

    fn submit(self: *Scheduler, name: []const u8, priority: u8) !void {
        try self.queue.add(.{ .name = name, .priority = priority, .seq = self.next_seq });
        self.next_seq += 1;
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();

    var sched = Scheduler.init(gpa.allocator());
    defer sched.deinit();

    try sched.submit("write report", 2);
    try sched.submit("fix prod bug", 9);
    try sched.submit("lunch", 5);
    try sched.submit("reply email", 2);
    try sched.submit("code review", 5);

    std.debug.print("{d} tasks, next up: {s}\n", .{ sched.queue.count(), sched.queue.peek().?.name });

    var tick: u32 = 0;
    while (sched.queue.removeOrNull()) |task| : (tick += 1) {
        std.debug.print("t={d} run [{d}] {s}\n", .{ tick, task.priority, task.name });
        if (tick == 1) try sched.submit("urgent call", 7);
    }
    std.debug.print("idle after {d} ticks\n", .{tick});
}
