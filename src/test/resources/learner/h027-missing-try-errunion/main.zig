const std = @import("std");

const Inventory = struct {
    counts: std.StringHashMap(u32),

    fn init(alloc: std.mem.Allocator) Inventory {
        return .{ .counts = std.StringHashMap(u32).init(alloc) };
    }

    fn add(self: *Inventory, item: []const u8, n: u32) !void {
        const gop = try self.counts.getOrPut(item);
        if (gop.found_existing) gop.value_ptr.* += n else gop.value_ptr.* = n;
    }

    fn take(self: *Inventory, item: []const u8, n: u32) !u32 {
        const have = self.counts.getPtr(item) orelse return error.NotStocked;
        if (have.* < n) return error.NotEnough;
        have.* -= n;
        return have.*;
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var inv = Inventory.init(gpa.allocator());
    defer inv.counts.deinit();
    try inv.add("apple", 5);
    try inv.add("pear", 2);
    const left = inv.take("apple", 3);
    std.debug.print("apples left: {d}\n", .{left});
}
