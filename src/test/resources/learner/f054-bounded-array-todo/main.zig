const std = @import("std");

const Todo = struct { id: u16, text: []const u8 };

const Board = struct {
    todos: std.BoundedArray(Todo, 4) = .{},
    next_id: u16 = 100,

    fn add(self: *Board, text: []const u8) !u16 {
        try self.todos.append(.{ .id = self.next_id, .text = text });
        self.next_id += 1;
        return self.next_id - 1;
    }

    fn finish(self: *Board, id: u16) !Todo {
        for (self.todos.slice(), 0..) |t, i| {
            if (t.id == id) return self.todos.orderedRemove(i);
        }
        return error.NoSuchTodo;
    }
};

test "add and finish" {
    var b = Board{};
    const a = try b.add("read");
    _ = try b.add("write");
    const done = try b.finish(a);
    try std.testing.expectEqualStrings("read", done.text);
    try std.testing.expectEqual(@as(usize, 1), b.todos.len);
    try std.testing.expectError(error.NoSuchTodo, b.finish(a));
}

test "board is full" {
    var b = Board{};
    for (0..4) |_| _ = try b.add("x");
    try std.testing.expectError(error.Overflow, b.add("y"));
    try std.testing.expectEqual(@as(u16, 104), b.next_id);
    try std.testing.expectEqual(@as(usize, 4), b.todos.capacity());
}

test "insert in front" {
    var b = Board{};
    _ = try b.add("second");
    try b.todos.insert(0, .{ .id = 1, .text = "first" });
    try std.testing.expectEqualStrings("first", b.todos.get(0).text);
    try std.testing.expectEqual(@as(u16, 100), b.todos.get(1).id);
    try std.testing.expectEqual(@as(u16, 1), b.todos.buffer[0].id);
}
