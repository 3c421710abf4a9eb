const std = @import("std");
const testing = std.testing;

const Item = struct {
    name: []const u8,
    price_cents: u32,
    qty: u16,

    fn total(self: Item) u64 {
        return @as(u64, self.price_cents) * self.qty;
    }
};

const SortField = enum { name, price, total };

fn sortItems(items: []Item, field: SortField) void {
    std.mem.sort(Item, items, field, struct {
        fn lt(f: SortField, a: Item, b: Item) bool {
            return switch (f) {
                .name => std.mem.lessThan(u8, a.name, b.name),
                .price => a.price_cents < b.price_cents,
                .total => a.total() < b.total(),
            };
        }
    }.lt);
}

fn names(buf: [][]const u8, items: []const Item) [][]const u8 {
    for (items, 0..) |it, i| buf[i] = it.name;
    return buf[0..items.len];
}

var cart = [_]Item{
    .{ .name = "pen", .price_cents = 150, .qty = 10 },
    .{ .name = "book", .price_cents = 1299, .qty = 1 },
    .{ .name = "ink", .price_cents = 499, .qty = 4 },
    .{ .name = "tape", .price_cents = 99, .qty = 3 },
};

test "sort by every field" {
    var buf: [4][]const u8 = undefined;
    sortItems(&cart, .name);
    try testing.expectEqualDeep(@as([]const []const u8, &.{ "book", "ink", "pen", "tape" }), names(&buf, &cart));
    sortItems(&cart, .price);
    try testing.expectEqualDeep(@as([]const []const u8, &.{ "tape", "pen", "ink", "book" }), names(&buf, &cart));
    sortItems(&cart, .total);
    try testing.expectEqualStrings("tape", cart[0].name);
    try testing.expectEqualStrings("ink", cart[3].name);
}

test "binary search on sorted prices" {
    const prices = [_]u32{ 99, 150, 499, 1299 };
    const Ctx = struct {
        fn cmp(target: u32, p: u32) std.math.Order {
            return std.math.order(target, p);
        }
    };
    try testing.expectEqual(@as(?usize, 2), std.sort.binarySearch(u32, &prices, @as(u32, 499), Ctx.cmp));
    try testing.expectEqual(@as(?usize, null), std.sort.binarySearch(u32, &prices, @as(u32, 500), Ctx.cmp));
    try testing.expectEqual(@as(usize, 3), std.sort.lowerBound(u32, &prices, @as(u32, 500), Ctx.cmp));
    try testing.expect(std.sort.isSorted(u32, &prices, {}, std.sort.asc(u32)));
}

test "insertion sort is stable" {
    var pairs = [_][2]u8{ .{ 2, 'a' }, .{ 1, 'b' }, .{ 2, 'c' }, .{ 1, 'd' } };
    std.sort.insertion([2]u8, &pairs, {}, struct {
        fn lt(_: void, a: [2]u8, b: [2]u8) bool {
            return a[0] < b[0];
        }
    }.lt);
    try testing.expectEqualSlices(u8, "bdac", &.{ pairs[0][1], pairs[1][1], pairs[2][1], pairs[3][1] });
}
