const std = @import("std");

const Queue = struct {
    items: std.ArrayList(u32),

    fn enqueue(self: *Queue, v: u32) !void {
        try self.items.append(v);
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var q = Queue{ .items = std.ArrayList(u32).init(gpa.allocator()) };
    defer q.items.deinit();
    for (0..4) |i| {
        q.enqueue(@intCast(i));
    }
    std.debug.print("{any}\n", .{q.items.items});
}
