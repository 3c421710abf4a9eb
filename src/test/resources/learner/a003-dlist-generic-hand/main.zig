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
        count: usize = 0,
        allocator: std.mem.Allocator,

        pub fn pushBack(self: *Self, value: T) !*Node {
            const node = try self.allocator.create(Node);
            node.* = .{ .value = value, .prev = self.tail };
            if (self.tail) |t| t.next = node else self.head = node;
            self.tail = node;
            self.count += 1;
            return node;
        }

        pub fn pushFront(self: *Self, value: T) !*Node {
            const node = try self.allocator.create(Node);
            node.* = .{ .value = value, .next = self.head };
            if (self.head) |h| h.prev = node else self.tail = node;
            self.head = node;
            self.count += 1;
            return node;
        }

        pub fn unlink(self: *Self, node: *Node) void {
            if (node.prev) |p| p.next = node.next else self.head = node.next;
            if (node.next) |n| n.prev = node.prev else self.tail = node.prev;
            self.count -= 1;
            self.allocator.destroy(node);
        }

        pub fn deinit(self: *Self) void {
            var it = self.head;
            while (it) |n| {
                it = n.next;
                self.allocator.destroy(n);
            }
            self.* = .{ .allocator = self.allocator };
        }

        pub fn dump(self: Self) void {
            var fwd = self.head;
            std.debug.print("fwd [{d}]:", .{self.count});
            while (fwd) |n| : (fwd = n.next) std.debug.print(" {any}", .{n.value});
            var back = self.tail;
            std.debug.print("  back:", .{});
            while (back) |n| : (back = n.prev) std.debug.print(" {any}", .{n.value});
            std.debug.print("\n", .{});
        }
    };
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var list = DList(u16){ .allocator = gpa.allocator() };
    defer list.deinit();

    _ = try list.pushBack(20);
    const middle = try list.pushBack(30);
    _ = try list.pushFront(10);
    const last = try list.pushBack(40);
    list.dump();
    list.unlink(middle);
    list.dump();
    list.unlink(last);
    _ = try list.pushFront(5);
    list.dump();
}
