const std = @import("std");

const Item = struct {
    name: []const u8,
    qty: u32,
    price_cents: u64,
};

fn renderInvoice(allocator: std.mem.Allocator, items: []const Item) ![]u8 {
    var out = std.ArrayList(u8).init(allocator);
    errdefer out.deinit();
    const w = out.writer();
    try w.print("{s:<10}{s:>5}{s:>10}\n", .{ "item", "qty", "total" });
    try w.writeByteNTimes('-', 25);
    try w.writeByte('\n');
    var sum: u64 = 0;
    for (items) |it| {
        const line = it.qty * it.price_cents;
        sum += line;
        try w.print("{s:<10}{d:>5}{d:>7}.{d:0>2}\n", .{ it.name, it.qty, line / 100, line % 100 });
    }
    try w.print("{s:<15}{d:>7}.{d:0>2}\n", .{ "TOTAL", sum / 100, sum % 100 });
    return out.toOwnedSlice();
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const items = [_]Item{
        .{ .name = "pencil", .qty = 12, .price_cents = 35 },
        .{ .name = "notebook", .qty = 3, .price_cents = 249 },
        .{ .name = "eraser", .qty = 1, .price_cents = 99 },
    };
    const text = try renderInvoice(allocator, &items);
    defer allocator.free(text);

    const stdout = std.io.getStdOut().writer();
    try stdout.writeAll(text);
    try stdout.print("({d} bytes, {d} lines)\n", .{ text.len, std.mem.count(u8, text, "\n") });
}
