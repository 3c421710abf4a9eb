const std = @import("std");
const testing = std.testing;

/// Seats in a theatre row, tracked with a DynamicBitSet sized at runtime.
const Row = struct {
    taken: std.DynamicBitSet,

    fn init(allocator: std.mem.Allocator, seats: usize) !Row {
        return .{ .taken = try std.DynamicBitSet.initEmpty(allocator, seats) };
    }

    fn deinit(self: *Row) void {
        self.taken.deinit();
    }

    fn book(self: *Row, seat: usize) !void {
        if (seat >= self.taken.capacity()) return error.NoSuchSeat;
        if (self.taken.isSet(seat)) return error.AlreadyTaken;
        self.taken.set(seat);
    }

    fn freeSeats(self: Row) usize {
        return self.taken.capacity() - self.taken.count();
    }

    fn firstPair(self: Row) ?usize {
        var i: usize = 0;
        while (i + 1 < self.taken.capacity()) : (i += 1) {
            if (!self.taken.isSet(i) and !self.taken.isSet(i + 1)) return i;
        }
        return null;
    }
};

test "booking seats" {
    var row = try Row.init(testing.allocator, 6);
    defer row.deinit();
    try row.book(0);
    try row.book(3);
    try testing.expectError(error.AlreadyTaken, row.book(3));
    try testing.expectError(error.NoSuchSeat, row.book(6));
    try testing.expectEqual(@as(usize, 4), row.freeSeats());
    try testing.expectEqual(@as(?usize, 1), row.firstPair());
}

test "iterating over taken seats" {
    var row = try Row.init(testing.allocator, 70);
    defer row.deinit();
    for ([_]usize{ 2, 64, 69, 33 }) |s| try row.book(s);
    var it = row.taken.iterator(.{});
    var got: [4]usize = undefined;
    var n: usize = 0;
    while (it.next()) |s| : (n += 1) got[n] = s;
    try testing.expectEqualSlices(usize, &.{ 2, 33, 64, 69 }, got[0..n]);
}

test "resize keeps old bits" {
    var row = try Row.init(testing.allocator, 3);
    defer row.deinit();
    try row.book(1);
    try row.taken.resize(10, true);
    try testing.expectEqual(@as(usize, 8), row.taken.count());
    row.taken.toggle(1);
    try testing.expect(!row.taken.isSet(1));
    try testing.expectEqual(@as(?usize, 0), row.firstPair());
}
