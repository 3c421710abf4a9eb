const std = @import("std");

const Inventory = struct {
    names: std.ArrayListUnmanaged([]const u8) = .empty,
    counts: std.ArrayListUnmanaged(u32) = .{},

    fn add(self: *Inventory, allocator: std.mem.Allocator, name: []const u8, count: u32) !void {
        for (self.names.items, 0..) |existing, i| {
            if (std.mem.eql(u8, existing, name)) {
                self.counts.items[i] += count;
                return;
            }
        }
        try self.names.append(allocator, name);
        try self.counts.append(allocator, count);
    }

    fn deinit(self: *Inventory, allocator: std.mem.Allocator) void {
        self.names.deinit(allocator);
        self.counts.deinit(allocator);
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var inv = Inventory{};
    defer inv.deinit(allocator);
    try inv.add(allocator, "bolts", 40);
    try inv.add(allocator, "nuts", 25);
    try inv.add(allocator, "bolts", 10);
    try inv.add(allocator, "washers", 100);

    for (inv.names.items, inv.counts.items) |name, count| {
        std.debug.print("{s:>8}: {d}\n", .{ name, count });
    }

    var scratch: std.ArrayListUnmanaged(u8) = .empty;
    defer scratch.deinit(allocator);
    try scratch.appendSlice(allocator, "total=");
    var total: u32 = 0;
    for (inv.counts.items) |c| total += c;
    try scratch.writer(allocator).print("{d}", .{total});
    try scratch.insertSlice(allocator, 0, "[");
    try scratch.append(allocator, ']');
    std.debug.print("{s} (cap {d})\n", .{ scratch.items, scratch.capacity });
}
