const std = @import("std");

const Product = struct {
    name: []const u8,
    stock: u32,
    price: f32,
};

fn restock(items: []Product, amount: u32) void {
    for (items) |*p| {
        if (p.stock < 5) p.stock += amount;
    }
}

fn cheapest(items: []const Product) ?*const Product {
    if (items.len == 0) return null;
    var best = &items[0];
    for (items[1..]) |*p| {
        if (p.price < best.price) best = p;
    }
    return best;
}

pub fn main() void {
    var shelf = [_]Product{
        .{ .name = "tea", .stock = 2, .price = 3.5 },
        .{ .name = "coffee", .stock = 10, .price = 7.25 },
        .{ .name = "cocoa", .stock = 0, .price = 4.0 },
        .{ .name = "honey", .stock = 4, .price = 6.1 },
    };
    restock(shelf[1..], 20);
    for (shelf, 0..) |p, i| std.debug.print("{d} {s:<7}{d:>4} {d:>6.2}\n", .{ i, p.name, p.stock, p.price });
    const c = cheapest(&shelf).?;
    std.debug.print("cheapest: {s}\n", .{c.name});
    std.debug.print("none: {?}\n", .{cheapest(shelf[0..0])});
    const middle = shelf[1..3];
    std.debug.print("{s}\n", .{@typeName(@TypeOf(middle))});
    middle[0].price *= 0.5;
    std.debug.print("{d:.3}\n", .{shelf[1].price});
    var total: f32 = 0;
    for (shelf) |p| total += p.price * @as(f32, @floatFromInt(p.stock));
    std.debug.print("value {d:.2}\n", .{total});
    var lo: usize = 3;
    _ = &lo;
    const tail = shelf[lo..2];
    std.debug.print("{d}\n", .{tail.len});
}
