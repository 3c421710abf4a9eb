const std = @import("std");

const Todo = struct {
    id: u32,
    title: []u8,
    done: bool = false,
};

const TodoList = struct {
    items: std.ArrayList(Todo),
    next_id: u32 = 1,

    fn init(a: std.mem.Allocator) TodoList {
        return .{ .items = std.ArrayList(Todo).init(a) };
    }

    fn add(self: *TodoList, title: []const u8) !u32 {
        const copy = try self.items.allocator.dupe(u8, title);
        try self.items.append(.{ .id = self.next_id, .title = copy });
        self.next_id += 1;
        return self.next_id - 1;
    }

    fn complete(self: *TodoList, id: u32) bool {
        for (self.items.items) |*t| {
            if (t.id == id) {
                t.done = true;
                return true;
            }
        }
        return false;
    }

    fn removeDone(self: *TodoList) void {
        var i: usize = 0;
        while (i < self.items.items.len) {
            if (self.items.items[i].done) {
                _ = self.items.orderedRemove(i);
            } else i += 1;
        }
    }

    fn deinit(self: *TodoList) void {
        for (self.items.items) |t| self.items.allocator.free(t.title);
        self.items.deinit();
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var list = TodoList.init(gpa.allocator());
    defer list.deinit();

    _ = try list.add("buy milk");
    const b = try list.add("write zig");
    _ = try list.add("walk dog");
    _ = list.complete(b);
    std.debug.print("complete 9: {}\n", .{list.complete(9)});
    for (list.items.items) |t| {
        const mark: u8 = if (t.done) 'x' else ' ';
        std.debug.print("[{c}] #{d} {s}\n", .{ mark, t.id, t.title });
    }
    list.removeDone();
    std.debug.print("after cleanup: {d} items\n", .{list.items.items.len});
}
