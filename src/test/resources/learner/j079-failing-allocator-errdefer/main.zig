const std = @import("std");
const testing = std.testing;

const Table = struct {
    names: [][]u8,
    allocator: std.mem.Allocator,

    fn init(allocator: std.mem.Allocator, src: []const []const u8) !Table {
        const names = try allocator.alloc([]u8, src.len);
        errdefer allocator.free(names);
        var done: usize = 0;
        errdefer for (names[0..done]) |n| allocator.free(n);
        for (src) |s| {
            names[done] = try allocator.dupe(u8, s);
            done += 1;
        }
        return .{ .names = names, .allocator = allocator };
    }

    fn deinit(self: Table) void {
        for (self.names) |n| self.allocator.free(n);
        self.allocator.free(self.names);
    }
};

test "builds" {
    const t = try Table.init(testing.allocator, &.{ "a", "bb" });
    defer t.deinit();
    try testing.expectEqualStrings("bb", t.names[1]);
}

test "every failure point cleans up" {
    var i: usize = 0;
    while (i < 4) : (i += 1) {
        var failing = testing.FailingAllocator.init(testing.allocator, .{ .fail_index = i });
        const r = Table.init(failing.allocator(), &.{ "x", "yy", "zzz" });
        if (r) |t| {
            std.debug.print("index {d}: ok\n", .{i});
            t.deinit();
        } else |err| {
            std.debug.print("index {d}: {s} after {d} allocs, {d} frees\n", .{ i, @errorName(err), failing.allocations, failing.deallocations });
        }
    }
}

fn initAll(allocator: std.mem.Allocator) !void {
    const t = try Table.init(allocator, &.{ "p", "q" });
    t.deinit();
}

test "checkAllAllocationFailures" {
    try testing.checkAllAllocationFailures(testing.allocator, initAll, .{});
}
