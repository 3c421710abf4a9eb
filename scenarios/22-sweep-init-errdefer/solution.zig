const std = @import("std");

const Inventory = struct {
    name: []u8,
    counts: []u32,
    labels: [][]const u8,
    allocator: std.mem.Allocator,

    fn init(allocator: std.mem.Allocator, name: []const u8, slots: usize) !Inventory {
        const own_name = try allocator.dupe(u8, name);
        errdefer allocator.free(own_name);

        const counts = try allocator.alloc(u32, slots);
        errdefer allocator.free(counts);
        @memset(counts, 0);

        const labels = try allocator.alloc([]const u8, slots);
        @memset(labels, "empty");

        return .{ .name = own_name, .counts = counts, .labels = labels, .allocator = allocator };
    }

    fn deinit(self: Inventory) void {
        self.allocator.free(self.labels);
        self.allocator.free(self.counts);
        self.allocator.free(self.name);
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();

    const inv = try Inventory.init(gpa.allocator(), "shelf", 4);
    defer inv.deinit();

    std.debug.print("{s}: {d} slots\n", .{ inv.name, inv.counts.len });
}
