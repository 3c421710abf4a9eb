const std = @import("std");

const Node = struct {
    value: u32,
    next: ?*Node,
};

const Stack = struct {
    pool: std.heap.MemoryPool(Node),
    top: ?*Node = null,
    len: usize = 0,

    fn push(self: *Stack, v: u32) !void {
        const n = try self.pool.create();
        n.* = .{ .value = v, .next = self.top };
        self.top = n;
        self.len += 1;
    }

    fn drop(self: *Stack) ?u32 {
        const n = self.top orelse return null;
        self.top = n.next;
        self.len -= 1;
        const v = n.value;
        self.pool.destroy(n);
        return v;
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var s = Stack{ .pool = std.heap.MemoryPool(Node).init(gpa.allocator()) };
    defer s.pool.deinit();

    for (1..6) |i| try s.push(@intCast(i * 10));
    const first_top = s.top.?;
    std.debug.print("dropped {?d} {?d}\n", .{ s.drop(), s.drop() });
    try s.push(99);
    std.debug.print("reused slot: {}\n", .{s.top.? == first_top});
    var it = s.top;
    while (it) |n| : (it = n.next) std.debug.print("{d} ", .{n.value});
    std.debug.print("(len {d})\n", .{s.len});
    while (s.drop()) |v| {
        if (v == 20) break;
    }
    std.debug.print("left: {d}, top {?d}\n", .{ s.len, if (s.top) |t| t.value else null });
}
