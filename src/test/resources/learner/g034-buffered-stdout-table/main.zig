const std = @import("std");

const Item = struct {
    name: []const u8,
    price_cents: u32,
    qty: u16,
};

pub fn main() !void {
    const stdout = std.io.getStdOut().writer();
    var bw = std.io.bufferedWriter(stdout);
    const w = bw.writer();
    const items = [_]Item{
        .{ .name = "pencil", .price_cents = 125, .qty = 12 },
        .{ .name = "notebook", .price_cents = 349, .qty = 3 },
        .{ .name = "eraser", .price_cents = 50, .qty = 0 },
        .{ .name = "fountain pen", .price_cents = 2599, .qty = 1 },
    };
    try w.print("{s:-<14}+{s:->8}+{s:->5}+{s:->10}\n", .{ "", "", "", "" });
    try w.print("{s:<14}|{s:>8}|{s:>5}|{s:>10}\n", .{ "item", "price", "qty", "total" });
    var grand: u64 = 0;
    for (items) |it| {
        const total = @as(u64, it.price_cents) * it.qty;
        grand += total;
        try w.print("{s:<14}|{d:>5}.{d:0>2}|{d:>5}|{d:>7}.{d:0>2}\n", .{ it.name, it.price_cents / 100, it.price_cents % 100, it.qty, total / 100, total % 100 });
    }
    try w.print("{s:=^40}\n", .{" summary "});
    try w.print("{s:>30}{d:>7}.{d:0>2}\n", .{ "grand total:", grand / 100, grand % 100 });
    try w.print("items out of stock: {d}\n", .{blk: {
        var c: usize = 0;
        for (items) |it| c += @intFromBool(it.qty == 0);
        break :blk c;
    }});
    try bw.flush();
    std.debug.print("(debug) flushed {d} items\n", .{items.len});
    try w.print("this line is never flushed\n", .{});
}
