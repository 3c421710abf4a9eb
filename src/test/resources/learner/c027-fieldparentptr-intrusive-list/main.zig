const std = @import("std");

const Node = struct {
    next: ?*Node = null,
};

const IntrusiveList = struct {
    head: ?*Node = null,
    len: usize = 0,

    fn prepend(self: *IntrusiveList, node: *Node) void {
        node.next = self.head;
        self.head = node;
        self.len += 1;
    }
};

const Task = struct {
    name: []const u8,
    priority: u8,
    link: Node = .{},

    fn fromLink(link: *Node) *Task {
        return @fieldParentPtr("link", link);
    }
};

const Timer = struct {
    millis: u32,
    link: Node = .{},
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.print("leaks: {}\n", .{gpa.deinit() == .leak});
    const allocator = gpa.allocator();

    var tasks = IntrusiveList{};
    const names = [_][]const u8{ "write", "test", "ship" };
    for (names, 0..) |n, i| {
        const t = try allocator.create(Task);
        t.* = .{ .name = n, .priority = @intCast(i * 3 + 1) };
        tasks.prepend(&t.link);
    }

    var timers = [_]Timer{ .{ .millis = 250 }, .{ .millis = 1000 } };
    var timer_list = IntrusiveList{};
    for (&timers) |*tm| timer_list.prepend(&tm.link);

    std.debug.print("{d} tasks:\n", .{tasks.len});
    var it = tasks.head;
    while (it) |link| : (it = link.next) {
        const t = Task.fromLink(link);
        std.debug.print("  {s} (prio {d})\n", .{ t.name, t.priority });
    }

    var tl = timer_list.head;
    while (tl) |link| : (tl = link.next) {
        const tm: *Timer = @fieldParentPtr("link", link);
        std.debug.print("timer {d}ms\n", .{tm.millis});
    }
    std.debug.print("link offset in Task: {d}, in Timer: {d}\n", .{ @offsetOf(Task, "link"), @offsetOf(Timer, "link") });

    var cur = tasks.head;
    while (cur) |link| {
        cur = link.next;
        allocator.destroy(Task.fromLink(link));
    }
}
