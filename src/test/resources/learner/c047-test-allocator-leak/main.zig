const std = @import("std");
const testing = std.testing;

fn Registry(comptime V: type) type {
    return struct {
        const Self = @This();
        map: std.StringHashMap(V),
        allocator: std.mem.Allocator,

        fn init(allocator: std.mem.Allocator) Self {
            return .{ .map = std.StringHashMap(V).init(allocator), .allocator = allocator };
        }

        fn deinit(self: *Self) void {
            self.map.deinit();
        }

        fn register(self: *Self, name: []const u8, v: V) !void {
            const key = try self.allocator.dupe(u8, name);
            try self.map.put(key, v);
        }
    };
}

test "registry counts entries" {
    var r = Registry(u32).init(testing.allocator);
    defer r.deinit();
    try r.register("alpha", 1);
    try r.register("beta", 2);
    try testing.expectEqual(@as(u32, 2), r.map.count());
    try testing.expectEqual(@as(?u32, 2), r.map.get("beta"));
}
