const std = @import("std");

const Cache = struct {
    map: std.StringHashMap([]u8),
    allocator: std.mem.Allocator,

    fn init(allocator: std.mem.Allocator) Cache {
        return .{ .map = std.StringHashMap([]u8).init(allocator), .allocator = allocator };
    }

    fn put(self: *Cache, key: []const u8, value: []const u8) !void {
        const copy = try self.allocator.dupe(u8, value);
        errdefer self.allocator.free(copy);
        const gop = try self.map.getOrPut(key);
        if (gop.found_existing) {
            // forgot to free the old value here
        }
        gop.value_ptr.* = copy;
    }

    fn deinit(self: *Cache) void {
        var it = self.map.valueIterator();
        while (it.next()) |v| self.allocator.free(v.*);
        self.map.deinit();
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{ .safety = true }){};
    defer {
        const check = gpa.deinit();
        std.debug.print("deinit: {s}\n", .{@tagName(check)});
    }
    var cache = Cache.init(gpa.allocator());
    defer cache.deinit();

    try cache.put("home", "<h1>home</h1>");
    try cache.put("about", "<p>about us</p>");
    try cache.put("home", "<h1>home v2</h1>");
    std.debug.print("entries: {d}, home = {s}\n", .{ cache.map.count(), cache.map.get("home").? });
}
