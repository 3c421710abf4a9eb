const std = @import("std");

const Order = struct { item: []const u8, qty: u32 };

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var by_customer = std.AutoArrayHashMap(u32, u32).init(allocator);
    defer by_customer.deinit();
    const orders = [_]struct { customer: u32, o: Order }{
        .{ .customer = 42, .o = .{ .item = "tea", .qty = 2 } },
        .{ .customer = 7, .o = .{ .item = "cake", .qty = 1 } },
        .{ .customer = 42, .o = .{ .item = "scone", .qty = 3 } },
        .{ .customer = 19, .o = .{ .item = "tea", .qty = 1 } },
        .{ .customer = 7, .o = .{ .item = "tea", .qty = 4 } },
    };
    for (orders) |entry| {
        const gop = try by_customer.getOrPut(entry.customer);
        if (!gop.found_existing) gop.value_ptr.* = 0;
        gop.value_ptr.* += entry.o.qty;
    }
    // insertion order is kept
    for (by_customer.keys(), by_customer.values()) |k, v| std.debug.print("customer {d}: {d} items\n", .{ k, v });

    std.debug.print("index of 19: {?d}\n", .{by_customer.getIndex(19)});
    _ = by_customer.orderedRemove(7);
    var it = by_customer.iterator();
    while (it.next()) |e| std.debug.print("after orderedRemove: {d} -> {d}\n", .{ e.key_ptr.*, e.value_ptr.* });

    try by_customer.put(3, 9);
    try by_customer.put(1, 5);
    _ = by_customer.swapRemove(42);
    std.debug.print("after swapRemove: {any}\n", .{by_customer.keys()});

    const SortCtx = struct {
        values: []const u32,
        pub fn lessThan(ctx: @This(), a: usize, b: usize) bool {
            return ctx.values[a] > ctx.values[b];
        }
    };
    by_customer.sort(SortCtx{ .values = by_customer.values() });
    std.debug.print("sorted by qty desc: {any} / {any}\n", .{ by_customer.keys(), by_customer.values() });

    var names = std.StringArrayHashMap(void).init(allocator);
    defer names.deinit();
    for ([_][]const u8{ "tea", "cake", "tea", "scone", "cake" }) |n| try names.put(n, {});
    std.debug.print("distinct items in first-seen order:", .{});
    for (names.keys()) |n| std.debug.print(" {s}", .{n});
    std.debug.print("\n", .{});
}
