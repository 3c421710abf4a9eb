const std = @import("std");

const Counter = struct {
    map: std.StringHashMap(u32),

    fn init(a: std.mem.Allocator) Counter {
        return .{ .map = std.StringHashMap(u32).init(a) };
    }

    fn deinit(self: *Counter) void {
        var it = self.map.keyIterator();
        while (it.next()) |k| self.map.allocator.free(k.*);
        self.map.deinit();
    }

    fn addText(self: *Counter, text: []const u8) !void {
        var it = std.mem.tokenizeAny(u8, text, " ,.!?\n");
        while (it.next()) |word| {
            var lower_buf: [32]u8 = undefined;
            const lower = std.ascii.lowerString(&lower_buf, word);
            const gop = try self.map.getOrPut(lower);
            if (gop.found_existing) {
                gop.value_ptr.* += 1;
            } else {
                gop.key_ptr.* = try self.map.allocator.dupe(u8, lower);
                gop.value_ptr.* = 1;
            }
        }
    }

    fn top(self: *Counter, out: [][]const u8) []const []const u8 {
        var n: usize = 0;
        var it = self.map.iterator();
        while (it.next()) |e| {
            if (n == out.len) break;
            if (e.value_ptr.* > 1) {
                out[n] = e.key_ptr.*;
                n += 1;
            }
        }
        std.mem.sort([]const u8, out[0..n], {}, struct {
            fn f(_: void, a: []const u8, b: []const u8) bool {
                return std.mem.lessThan(u8, a, b);
            }
        }.f);
        return out[0..n];
    }
};

test "counts words case-insensitively" {
    var c = Counter.init(std.testing.allocator);
    defer c.deinit();
    try c.addText("The cat. the Dog! THE end, cat?");
    try std.testing.expectEqual(@as(u32, 3), c.map.get("the").?);
    try std.testing.expectEqual(@as(u32, 2), c.map.get("cat").?);
    try std.testing.expectEqual(@as(?u32, null), c.map.get("bird"));
    var buf: [4][]const u8 = undefined;
    const repeated = c.top(&buf);
    try std.testing.expectEqual(@as(usize, 2), repeated.len);
    try std.testing.expectEqualStrings("cat", repeated[0]);
}

test "count is 5" {
    var c = Counter.init(std.testing.allocator);
    defer c.deinit();
    try c.addText("a b c a b");
    try std.testing.expectEqual(@as(u32, 5), c.map.count());
}
