const std = @import("std");

const List = struct {
    const Node = struct {
        word: []const u8,
        next: ?*Node = null,
    };

    head: ?*Node = null,
    allocator: std.mem.Allocator,

    fn init(allocator: std.mem.Allocator) List {
        return .{ .allocator = allocator };
    }

    fn deinit(self: *List) void {
        while (self.head) |n| {
            self.head = n.next;
            self.allocator.destroy(n);
        }
    }

    fn insertSorted(self: *List, word: []const u8) !void {
        const node = try self.allocator.create(Node);
        node.* = .{ .word = word };
        var link = &self.head;
        while (link.*) |n| {
            if (std.mem.order(u8, word, n.word) != .gt) break;
            link = &n.next;
        }
        node.next = link.*;
        link.* = node;
    }

    fn remove(self: *List, word: []const u8) bool {
        var link = &self.head;
        while (link.*) |n| : (link = &n.next) {
            if (std.mem.eql(u8, n.word, word)) {
                link.* = n.next;
                self.allocator.destroy(n);
                return true;
            }
        }
        return false;
    }

    fn find(self: List, word: []const u8) ?usize {
        var index: usize = 0;
        var it = self.head;
        while (it) |n| : (it = n.next) {
            if (std.mem.eql(u8, n.word, word)) return index;
            index += 1;
        }
        return null;
    }

    fn print(self: List) void {
        var it = self.head;
        while (it) |n| : (it = n.next) {
            std.debug.print("{s}{s}", .{ n.word, if (n.next == null) "\n" else " -> " });
        }
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var list = List.init(gpa.allocator());
    defer list.deinit();

    for ([_][]const u8{ "pear", "apple", "fig", "kiwi", "banana" }) |w| try list.insertSorted(w);
    list.print();
    std.debug.print("removed fig: {}\n", .{list.remove("fig")});
    std.debug.print("removed plum: {}\n", .{list.remove("plum")});
    std.debug.print("removed apple: {}\n", .{list.remove("apple")});
    list.print();
    if (list.find("kiwi")) |i| std.debug.print("kiwi at {d}\n", .{i});
    std.debug.print("fig: {?d}\n", .{list.find("fig")});
}
