const std = @import("std");

const Item = struct {
    qty: u32,
    price_cents: u32,
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var inv = std.StringHashMap(Item).init(allocator);
    defer inv.deinit();

    try inv.put("apple", .{ .qty = 10, .price_cents = 50 });
    try inv.put("pear", .{ .qty = 4, .price_cents = 75 });
    try inv.put("melon", .{ .qty = 1, .price_cents = 300 });

    if (inv.getPtr("apple")) |item| item.qty -= 3;
    const gop = try inv.getOrPut("kiwi");
    if (!gop.found_existing) gop.value_ptr.* = .{ .qty = 0, .price_cents = 20 };
    gop.value_ptr.qty += 12;

    var total: u64 = 0;
    var names = std.ArrayList([]const u8).init(allocator);
    defer names.deinit();
    var it = inv.iterator();
    while (it.next()) |entry| {
        total += @as(u64, entry.value_ptr.qty) * entry.value_ptr.price_cents;
        try names.append(entry.key_ptr.*);
    }
    std.mem.sort([]const u8, names.items, {}, struct {
        fn lt(_: void, a: []const u8, b: []const u8) bool {
            return std.mem.lessThan(u8, a, b);
        }
    }.lt);
    for (names.items) |n| {
        const item = inv.get(n).?;
        std.debug.print("{s:<6} x{d:>3} @ {d}.{d:0>2}\n", .{ n, item.qty, item.price_cents / 100, item.price_cents % 100 });
    }
    std.debug.print("stock value: {d}.{d:0>2}\n", .{ total / 100, total % 100 });
    std.debug.print("has grape: {}\n", .{inv.contains("grape")});
    _ = inv.remove("melon");
    std.debug.print("count: {d}\n", .{inv.count()});
}
