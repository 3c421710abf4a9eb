const std = @import("std");

const Node = struct {
    value: i32,
    next: ?*Node = null,
};

const List = struct {
    head: ?*Node = null,
    pool: std.heap.MemoryPool(Node),

    fn push(self: *List, v: i32) !void {
        const n = try self.pool.create();
        n.* = .{ .value = v, .next = self.head };
        self.head = n;
    }

    fn removeFirst(self: *List, v: i32) bool {
        var link = &self.head;
        while (link.*) |n| : (link = &n.next) {
            if (n.value == v) {
                link.* = n.next;
                self.pool.destroy(n);
                return true;
            }
        }
        return false;
    }

    fn print(self: List) void {
        var it = self.head;
        std.debug.print("[", .{});
        while (it) |n| : (it = n.next) {
            std.debug.print("{d}{s}", .{ n.value, if (n.next == null) "" else ", " });
        }
        std.debug.print("]\n", .{});
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer std.debug.print("gpa: {s}\n", .{@tagName(gpa.deinit())});
    var list = List{ .pool = std.heap.MemoryPool(Node).init(gpa.allocator()) };
    defer list.pool.deinit();
    for (0..6) |i| try list.push(@intCast(i * i));
    list.print();
    std.debug.print("remove 9: {}\n", .{list.removeFirst(9)});
    std.debug.print("remove 7: {}\n", .{list.removeFirst(7)});
    std.debug.print("remove 25: {}\n", .{list.removeFirst(25)});
    list.print();
    try list.push(-1);
    list.print();
}
