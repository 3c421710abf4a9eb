const std = @import("std");

const Task = struct {
    name: []const u8,
    priority: u8,
    seq: u32,
};

fn compareTasks(_: void, a: Task, b: Task) std.math.Order {
    // higher priority first, then FIFO by sequence number
    if (a.priority != b.priority) return std.math.order(b.priority, a.priority);
    return std.math.order(a.seq, b.seq);
}

const Scheduler = struct {
    queue: std.PriorityQueue(Task, void, compareTasks),
    next_seq: u32 = 0,

    fn init(allocator: std.mem.Allocator) Scheduler {
        return .{ .queue = std.PriorityQueue(Task, void, compareTasks).init(allocator, {}) };
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
    defer sched.queue.deinit();

    try sched.submit("backup", 1);
    try sched.submit("page oncall", 9);
    try sched.submit("email", 3);
    try sched.submit("deploy", 5);
    try sched.submit("reply chat", 3);
    std.debug.print("{d} tasks, next: {s}\n", .{ sched.queue.count(), sched.queue.peek().?.name });

    var ran: usize = 0;
    while (sched.queue.removeOrNull()) |t| {
        std.debug.print("run {s} (p{d}, #{d})\n", .{ t.name, t.priority, t.seq });
        ran += 1;
        if (std.mem.eql(u8, t.name, "deploy")) try sched.submit("smoke test", 7);
    }
    std.debug.print("ran {d}, empty: {}\n", .{ ran, sched.queue.peek() == null });

    var mins = std.PriorityQueue(i32, void, struct {
        fn f(_: void, a: i32, b: i32) std.math.Order {
            return std.math.order(a, b);
        }
    }.f).init(gpa.allocator(), {});
    defer mins.deinit();
    try mins.addSlice(&.{ 5, -3, 12, 0, 7 });
    std.debug.print("min {d}, then {d}\n", .{ mins.remove(), mins.remove() });
}
