const std = @import("std");
const testing = std.testing;

const Index = struct {
    map: std.StringHashMap(std.ArrayListUnmanaged(u32)),
    allocator: std.mem.Allocator,

    fn init(allocator: std.mem.Allocator) Index {
        return .{ .map = std.StringHashMap(std.ArrayListUnmanaged(u32)).init(allocator), .allocator = allocator };
    }

    fn deinit(self: *Index) void {
        var it = self.map.iterator();
        while (it.next()) |e| {
            self.allocator.free(e.key_ptr.*);
            e.value_ptr.deinit(self.allocator);
        }
        self.map.deinit();
    }

    fn addLine(self: *Index, line_no: u32, line: []const u8) !void {
        var words = std.mem.tokenizeAny(u8, line, " ,.!?");
        while (words.next()) |raw| {
            var lower_buf: [32]u8 = undefined;
            const w = std.ascii.lowerString(&lower_buf, raw);
            const gop = try self.map.getOrPut(w);
            if (!gop.found_existing) {
                gop.key_ptr.* = self.allocator.dupe(u8, w) catch |err| {
                    _ = self.map.remove(w);
                    return err;
                };
                gop.value_ptr.* = .{};
            }
            try gop.value_ptr.append(self.allocator, line_no);
        }
    }

    fn forget(self: *Index, word: []const u8) bool {
        const kv = self.map.fetchRemove(word) orelse return false;
        self.allocator.free(kv.key);
        var lines = kv.value;
        lines.deinit(self.allocator);
        return true;
    }
};

test "index lines" {
    var idx = Index.init(testing.allocator);
    defer idx.deinit();
    try idx.addLine(1, "The cat sat.");
    try idx.addLine(2, "The cat ran, the dog sat!");
    try testing.expectEqualSlices(u32, &.{ 1, 2, 2 }, idx.map.get("the").?.items);
    try testing.expectEqualSlices(u32, &.{ 1, 2 }, idx.map.get("sat").?.items);
    try testing.expectEqual(@as(u32, 5), idx.map.count());
}

test "forget frees key and list" {
    var idx = Index.init(testing.allocator);
    defer idx.deinit();
    try idx.addLine(7, "alpha beta alpha");
    try testing.expect(idx.forget("alpha"));
    try testing.expect(!idx.forget("alpha"));
    try testing.expectEqualDeep(@as([]const u32, &.{7}), @as([]const u32, idx.map.get("beta").?.items));
}

test "keys are copies" {
    var idx = Index.init(testing.allocator);
    defer idx.deinit();
    var line = "Mutable Words".*;
    try idx.addLine(1, &line);
    @memset(&line, '#');
    try testing.expect(idx.map.contains("mutable"));
    try testing.expect(idx.map.contains("words"));
}
