const std = @import("std");

const Inventory = struct {
    const Item = struct { name: []const u8, qty: u32, price_cents: u64 };
    items: std.StringHashMap(Item),

    fn init(a: std.mem.Allocator) Inventory {
        return .{ .items = std.StringHashMap(Item).init(a) };
    }
    fn deinit(self: *Inventory) void {
        self.items.deinit();
    }
    fn add(self: *Inventory, name: []const u8, qty: u32, price: u64) !void {
        const gop = try self.items.getOrPut(name);
        if (gop.found_existing) {
            gop.value_ptr.qty += qty;
        } else {
            gop.value_ptr.* = .{ .name = name, .qty = qty, .price_cents = price };
        }
    }
    fn take(self: *Inventory, name: []const u8, qty: u32) !void {
        const item = self.items.getPtr(name) orelse return error.NoSuchItem;
        if (item.qty < qty) return error.NotEnough;
        item.qty -= qty;
        if (item.qty == 0) _ = self.items.remove(name);
    }
    fn value(self: Inventory) u64 {
        var total: u64 = 0;
        var it = self.items.valueIterator();
        while (it.next()) |v| total += v.qty * v.price_cents;
        return total;
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    var inv = Inventory.init(gpa.allocator());
    defer inv.deinit();
    try inv.add("apple", 10, 50);
    try inv.add("pear", 3, 75);
    try inv.add("apple", 5, 50);
    std.debug.print("value ${d}.{d:0>2}\n", .{ inv.value() / 100, inv.value() % 100 });
    try inv.take("pear", 3);
    std.debug.print("pear left: {}\n", .{inv.items.contains("pear")});
    inv.take("kiwi", 1) catch |e| std.debug.print("kiwi: {s}\n", .{@errorName(e)});
    inv.take("apple", 99) catch |e| std.debug.print("apple: {s}\n", .{@errorName(e)});
    std.debug.print("count {d}\n", .{inv.items.count()});
    try inv.take("apple", 16);
}
