const std = @import("std");
const testing = std.testing;
const log = std.log.scoped(.inventory);

const Inventory = struct {
    counts: [4]u32 = .{ 0, 0, 0, 0 },

    fn add(self: *Inventory, slot: usize, n: u32) !void {
        if (slot >= self.counts.len) {
            log.warn("slot {d} out of range", .{slot});
            return error.BadSlot;
        }
        self.counts[slot] += n;
        log.debug("slot {d} now {d}", .{ slot, self.counts[slot] });
    }
};

test "add to slot" {
    var inv = Inventory{};
    try inv.add(1, 5);
    try inv.add(1, 2);
    try testing.expectEqual(@as(u32, 7), inv.counts[1]);
}

test "not ready yet" {
    return error.SkipZigTest;
}

test "bad slot logs a warning" {
    var inv = Inventory{};
    try testing.expectError(error.BadSlot, inv.add(9, 1));
}

test "an error log fails the test" {
    log.err("this should not happen: {s}", .{"boom"});
    try testing.expect(true);
}

test "info stays quiet" {
    std.log.info("hello from info", .{});
}
