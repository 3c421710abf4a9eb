const std = @import("std");

fn DList(comptime T: type) type {
    return struct {
        const Self = @This();
        pub const Node = struct {
            value: T,
            prev: ?*Node = null,
            next: ?*Node = null,
        };

        head: ?*Node = null,
        tail: ?*Node = null,
        len: usize = 0,
        allocator: std.mem.Allocator,

        fn insertSorted(self: *Self, value: T) !*Node {
            const n = try self.allocator.create(Node);
            n.* = .{ .value = value };
            var at = self.head;
            while (at) |cur| : (at = cur.next) {
                if (value < cur.value) break;
            }
            if (at) |cur| {
                n.next = cur;
                n.prev = cur.prev;
                if (cur.prev) |p| p.next = n else self.head = n;
                cur.prev = n;
            } else {
                n.prev = self.tail;
                if (self.tail) |t| t.next = n else self.head = n;
                self.tail = n;
            }
            self.len += 1;
            return n;
        }

        fn unlink(self: *Self, n: *Node) void {
            if (n.prev) |p| p.next = n.next else self.head = n.next;
            if (n.next) |x| x.prev = n.prev else self.tail = n.prev;
            self.len -= 1;
            self.allocator.destroy(n);
        }

        fn removeIf(self: *Self, pred: *const fn (T) bool) usize {
            var removed: usize = 0;
            var at = self.head;
            while (at) |cur| {
                at = cur.next;
                if (pred(cur.value)) {
                    self.unlink(cur);
                    removed += 1;
                }
            }
            return removed;
        }

        fn printBackwards(self: *const Self) void {
            var at = self.tail;
            while (at) |cur| : (at = cur.prev) std.debug.print("{d} ", .{cur.value});
            std.debug.print("(len {d})\n", .{self.len});
        }

        fn deinit(self: *Self) void {
            while (self.head) |h| self.unlink(h);
        }
    };
}

fn isOdd(x: i16) bool {
    return @rem(x, 2) != 0;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var list = DList(i16){ .allocator = gpa.allocator() };
    defer list.deinit();

    var keep: ?*DList(i16).Node = null;
    for ([_]i16{ 42, -7, 13, 0, 8, 99, -20, 5 }) |v| {
        const n = try list.insertSorted(v);
        if (v == 13) keep = n;
    }
    list.printBackwards();
    std.debug.print("removed {d} odd values\n", .{list.removeIf(isOdd)});
    list.printBackwards();
    list.unlink(keep.?);
}
