const std = @import("std");
const testing = std.testing;

const Edit = struct { pos: usize, ch: u8 };

const Editor = struct {
    text: std.BoundedArray(u8, 16) = .{},
    history: std.BoundedArray(Edit, 4) = .{},

    fn insert(self: *Editor, pos: usize, ch: u8) !void {
        try self.text.insert(pos, ch);
        if (self.history.len == self.history.capacity()) _ = self.history.orderedRemove(0);
        self.history.appendAssumeCapacity(.{ .pos = pos, .ch = ch });
    }

    fn undo(self: *Editor) bool {
        if (self.history.len == 0) return false;
        const last = self.history.get(self.history.len - 1);
        self.history.len -= 1;
        _ = self.text.orderedRemove(last.pos);
        return true;
    }
};

test "insert and undo" {
    var e = Editor{};
    try e.insert(0, 'a');
    try e.insert(1, 'c');
    try e.insert(1, 'b');
    try testing.expectEqualStrings("abc", e.text.constSlice());
    try testing.expect(e.undo());
    try testing.expectEqualStrings("ac", e.text.slice());
}

test "history keeps only the last four edits" {
    var e = Editor{};
    for ("hello!") |c| try e.insert(e.text.len, c);
    var undone: usize = 0;
    while (e.undo()) undone += 1;
    try testing.expectEqual(@as(usize, 4), undone);
    try testing.expectEqualStrings("he", e.text.slice());
}

test "fromSlice and overflow" {
    var b = try std.BoundedArray(u8, 4).fromSlice("abc");
    try b.append('d');
    try testing.expectError(error.Overflow, b.append('e'));
    try testing.expectError(error.Overflow, std.BoundedArray(u8, 2).fromSlice("xyz"));
    b.set(0, 'z');
    try testing.expectEqualSlices(u8, "zbcd", b.constSlice());
}

test "text buffer overflows" {
    var e = Editor{};
    for (0..17) |i| try e.insert(i, 'x');
}
