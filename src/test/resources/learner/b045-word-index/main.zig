const std = @import("std");
const testing = std.testing;

const Index = struct {
    allocator: std.mem.Allocator,
    map: std.StringHashMap(std.ArrayList(usize)),

    fn init(allocator: std.mem.Allocator) Index {
        return .{ .allocator = allocator, .map = std.StringHashMap(std.ArrayList(usize)).init(allocator) };
    }

    fn deinit(self: *Index) void {
        var it = self.map.iterator();
        while (it.next()) |e| {
            self.allocator.free(e.key_ptr.*);
            e.value_ptr.deinit();
        }
        self.map.deinit();
    }

    fn addText(self: *Index, text: []const u8) !void {
        var lines = std.mem.splitScalar(u8, text, '\n');
        var line_no: usize = 1;
        while (lines.next()) |line| : (line_no += 1) {
            var words = std.mem.tokenizeAny(u8, line, " ,.!?");
            while (words.next()) |w| {
                const lower = try std.ascii.allocLowerString(self.allocator, w);
                const gop = try self.map.getOrPut(lower);
                if (gop.found_existing) {
                    self.allocator.free(lower);
                } else {
                    gop.value_ptr.* = std.ArrayList(usize).init(self.allocator);
                }
                const list = gop.value_ptr;
                if (list.items.len == 0 or list.items[list.items.len - 1] != line_no) try list.append(line_no);
            }
        }
    }

    fn lookup(self: *const Index, word: []const u8) []const usize {
        const entry = self.map.get(word) orelse return &.{};
        return entry.items;
    }
};

const sample =
    \\The quick brown fox.
    \\The lazy dog sleeps, the fox runs!
    \\A dog? A fox? Quick!
;

test "words map to their line numbers" {
    var idx = Index.init(testing.allocator);
    defer idx.deinit();
    try idx.addText(sample);
    try testing.expectEqualSlices(usize, &.{ 1, 2 }, idx.lookup("the"));
    try testing.expectEqualSlices(usize, &.{ 1, 2, 3 }, idx.lookup("fox"));
    try testing.expectEqualSlices(usize, &.{ 1, 3 }, idx.lookup("quick"));
    try testing.expectEqualSlices(usize, &.{}, idx.lookup("cat"));
}

test "distinct word count" {
    var idx = Index.init(testing.allocator);
    defer idx.deinit();
    try idx.addText(sample);
    try testing.expectEqual(@as(u32, 9), idx.map.count());
}
