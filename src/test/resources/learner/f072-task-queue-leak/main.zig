const std = @import("std");

const Task = struct {
    name: []u8,
    priority: u8,
};

fn higherFirst(_: void, a: Task, b: Task) std.math.Order {
    return std.math.order(b.priority, a.priority);
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    var queue = std.PriorityQueue(Task, void, higherFirst).init(alloc, {});
    defer queue.deinit();

    const specs = [_]struct { []const u8, u8 }{ .{ "email", 2 }, .{ "deploy", 9 }, .{ "lunch", 5 }, .{ "backup", 7 } };
    for (specs) |s| {
        try queue.add(.{ .name = try std.fmt.allocPrint(alloc, "task:{s}", .{s[0]}), .priority = s[1] });
    }
    std.debug.print("{d} tasks, next is {s}\n", .{ queue.count(), queue.peek().?.name });
    var done: usize = 0;
    while (queue.removeOrNull()) |t| {
        std.debug.print("run {s} (p{d})\n", .{ t.name, t.priority });
        done += 1;
        if (done == 2) break;
        alloc.free(t.name);
    }
    var it = queue.iterator();
    while (it.next()) |t| alloc.free(t.name);
}
