const std = @import("std");

const Node = struct {
    value: i32,
    next: ?*Node = null,
};

const List = struct {
    head: ?*Node = null,
    allocator: std.mem.Allocator,

    fn push(self: *List, v: i32) !void {
        const n = try self.allocator.create(Node);
        n.* = .{ .value = v, .next = self.head };
        self.head = n;
    }

    fn insertSorted(self: *List, v: i32) !void {
        const n = try self.allocator.create(Node);
        n.* = .{ .value = v };
        var link: *?*Node = &self.head;
        while (link.*) |cur| {
            if (cur.value >= v) break;
            link = &cur.next;
        }
        n.next = link.*;
        link.* = n;
    }

    fn find(self: List, v: i32) ?*Node {
        var cur = self.head;
        while (cur) |n| : (cur = n.next) if (n.value == v) return n;
        return null;
    }

    fn removeValue(self: *List, v: i32) bool {
        var link: *?*Node = &self.head;
        while (link.*) |cur| : (link = &cur.next) {
            if (cur.value == v) {
                link.* = cur.next;
                self.allocator.destroy(cur);
                return true;
            }
        }
        return false;
    }

    fn print(self: List) void {
        var cur = self.head;
        while (cur) |n| : (cur = n.next) std.debug.print("{d} -> ", .{n.value});
        std.debug.print("null\n", .{});
    }

    fn deinit(self: *List) void {
        while (self.head) |n| {
            self.head = n.next;
            self.allocator.destroy(n);
        }
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var list = List{ .allocator = gpa.allocator() };
    defer list.deinit();
    for ([_]i32{ 5, 1, 9, 3, 7 }) |v| try list.insertSorted(v);
    list.print();
    std.debug.print("remove 1: {}, remove 4: {}\n", .{ list.removeValue(1), list.removeValue(4) });
    try list.push(100);
    list.print();
    if (list.find(7)) |n| n.value *= 10;
    list.print();
    const missing = list.find(42);
    std.debug.print("found 42? {}\n", .{missing != null});
    std.debug.print("value: {d}\n", .{missing.?.value});
}
