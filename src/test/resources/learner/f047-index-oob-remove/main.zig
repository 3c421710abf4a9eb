const std = @import("std");

const Queue = struct {
    items: [5]u32 = undefined,
    len: usize = 0,

    fn add(self: *Queue, v: u32) void {
        self.items[self.len] = v;
        self.len += 1;
    }

    fn removeAt(self: *Queue, idx: usize) u32 {
        const v = self.items[idx];
        var i = idx;
        while (i < self.len) : (i += 1) self.items[i] = self.items[i + 1];
        self.len -= 1;
        return v;
    }
};

pub fn main() void {
    var q = Queue{};
    for ([_]u32{ 10, 20, 30 }) |v| q.add(v);
    std.debug.print("removed {d}\n", .{q.removeAt(0)});
    std.debug.print("left {any}\n", .{q.items[0..q.len]});
    q.add(40);
    q.add(50);
    q.add(60);
    std.debug.print("left {any}\n", .{q.items[0..q.len]});
    std.debug.print("removed {d}\n", .{q.removeAt(2)});
}
