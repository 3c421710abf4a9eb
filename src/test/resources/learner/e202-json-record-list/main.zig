// Parse a list of records, then compute totals; unknown fields are ignored on purpose.
const std = @import("std");

const Order = struct {
    id: u32,
    customer: []const u8,
    items: []const Item,
    paid: bool = false,

    const Item = struct {
        sku: []const u8,
        qty: u16,
        price_cents: u32,
    };

    fn total(self: Order) u64 {
        var sum: u64 = 0;
        for (self.items) |it| sum += @as(u64, it.qty) * it.price_cents;
        return sum;
    }
};

const orders_json =
    \\[
    \\  {"id": 1, "customer": "ada", "paid": true, "note": "gift wrap",
    \\   "items": [{"sku": "pen", "qty": 3, "price_cents": 150}, {"sku": "ink", "qty": 1, "price_cents": 899}]},
    \\  {"id": 2, "customer": "linus", "items": []},
    \\  {"id": 3, "customer": "grace", "items": [{"sku": "tape", "qty": 10, "price_cents": 99}]}
    \\]
;

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const parsed = try std.json.parseFromSlice([]Order, allocator, orders_json, .{ .ignore_unknown_fields = true });
    defer parsed.deinit();

    var grand: u64 = 0;
    for (parsed.value) |order| {
        const t = order.total();
        grand += t;
        std.debug.print("order #{d} for {s}: {d} item lines, {d}.{d:0>2} {s}\n", .{
            order.id, order.customer, order.items.len, t / 100, t % 100, if (order.paid) "paid" else "unpaid",
        });
    }
    std.debug.print("grand total: {d}.{d:0>2}\n", .{ grand / 100, grand % 100 });

    // Without ignore_unknown_fields the "note" field is an error.
    const strict = std.json.parseFromSlice([]Order, allocator, orders_json, .{});
    if (strict) |p| {
        p.deinit();
    } else |err| {
        std.debug.print("strict parse: {s}\n", .{@errorName(err)});
    }
}
