const std = @import("std");
const testing = std.testing;

const Point = struct { x: i32, y: i32 };

fn countVisits(allocator: std.mem.Allocator, moves: []const u8) !std.AutoHashMap(Point, u32) {
    var visits = std.AutoHashMap(Point, u32).init(allocator);
    errdefer visits.deinit();
    var pos = Point{ .x = 0, .y = 0 };
    try visits.put(pos, 1);
    for (moves) |m| {
        switch (m) {
            'N' => pos.y += 1,
            'S' => pos.y -= 1,
            'E' => pos.x += 1,
            'W' => pos.x -= 1,
            else => return error.BadMove,
        }
        const gop = try visits.getOrPutValue(pos, 0);
        gop.value_ptr.* += 1;
    }
    return visits;
}

test "walking in a square returns home" {
    var visits = try countVisits(testing.allocator, "NESW");
    defer visits.deinit();
    try testing.expectEqual(@as(u32, 4), visits.count());
    try testing.expectEqual(@as(?u32, 2), visits.get(.{ .x = 0, .y = 0 }));
}

test "bad move is an error and nothing leaks" {
    try testing.expectError(error.BadMove, countVisits(testing.allocator, "NNX"));
}

test "string keys compare by content" {
    var ages = std.StringHashMap(u8).init(testing.allocator);
    defer ages.deinit();
    var name_buf = "bob".*;
    try ages.put("bob", 30);
    try testing.expect(ages.contains(&name_buf));
    name_buf[0] = 'r';
    try testing.expect(!ages.contains(&name_buf));
    try testing.expect(ages.remove("bob"));
    try testing.expectEqual(@as(u32, 0), ages.count());
}
