const std = @import("std");

const Item = struct { sku: []const u8, qty: u32, price_cents: u64 };

fn writeInvoice(w: anytype, items: []const Item) !u64 {
    var total: u64 = 0;
    try w.print("{s:<8}{s:>5}{s:>10}\n", .{ "SKU", "QTY", "AMOUNT" });
    try w.writeByteNTimes('-', 23);
    try w.writeByte('\n');
    for (items) |it| {
        const amount = it.price_cents * it.qty;
        total += amount;
        try w.print("{s:<8}{d:>5}{d:>7}.{d:0>2}\n", .{ it.sku, it.qty, amount / 100, amount % 100 });
    }
    try w.print("{s:<13}{d:>7}.{d:0>2}\n", .{ "TOTAL", total / 100, total % 100 });
    return total;
}

pub fn main() !void {
    const stdout_file = std.io.getStdOut().writer();
    var bw = std.io.bufferedWriter(stdout_file);
    const stdout = bw.writer();
    const items = [_]Item{
        .{ .sku = "A-100", .qty = 3, .price_cents = 1999 },
        .{ .sku = "B-7", .qty = 12, .price_cents = 45 },
        .{ .sku = "C-3000", .qty = 1, .price_cents = 120000 },
    };
    const total = try writeInvoice(stdout, &items);
    try bw.flush();
    var counting = std.io.countingWriter(std.io.null_writer);
    _ = try writeInvoice(counting.writer(), &items);
    std.debug.print("invoice is {d} bytes, total {d}\n", .{ counting.bytes_written, total });
    var list = std.ArrayList(u8).init(std.heap.page_allocator);
    defer list.deinit();
    _ = try writeInvoice(list.writer(), items[0..1]);
    var lines = std.mem.splitScalar(u8, std.mem.trimRight(u8, list.items, "\n"), '\n');
    var n: usize = 0;
    while (lines.next()) |_| n += 1;
    std.debug.print("{d} lines, last char {c}\n", .{ n, list.items[list.items.len - 2] });
    try stdout.print("unflushed tail\n", .{});
    var bad = Item{ .sku = "X", .qty = 4_000_000_000, .price_cents = 5_000_000_000 };
    _ = &bad;
    std.debug.print("bad amount {d}\n", .{bad.price_cents * bad.qty});
}
