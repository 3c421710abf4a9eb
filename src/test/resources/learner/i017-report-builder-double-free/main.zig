const std = @import("std");

const Item = struct { sku: u32, name: []const u8, qty: u16, price: f64 };

/// Builds a report; the caller owns the returned bytes.
fn buildReport(a: std.mem.Allocator, items: []const Item) ![]u8 {
    var sb = std.ArrayList(u8).init(a);
    errdefer sb.deinit();
    const w = sb.writer();
    try w.writeAll("+");
    try w.writeByteNTimes('-', 38);
    try w.writeAll("+\n");
    try w.print("|{s:^10}|{s:^12}|{s:>6}|{s:>7}|\n", .{ "sku", "name", "qty", "total" });
    var sum: f64 = 0;
    for (items) |it| {
        const total = @as(f64, @floatFromInt(it.qty)) * it.price;
        sum += total;
        try w.print("|{x:0>10}|{s:<12}|{d:>6}|{d:>7.2}|\n", .{ it.sku, it.name, it.qty, total });
    }
    try w.print("|{s:>31}{d:>7.2}|\n", .{ "sum ", sum });
    try w.writeAll("+");
    try w.writeByteNTimes('=', 38);
    try w.writeByte('+');
    return sb.toOwnedSlice();
}

fn shout(a: std.mem.Allocator, text: []const u8) ![]u8 {
    const out = try a.dupe(u8, text);
    for (out) |*c| c.* = std.ascii.toUpper(c.*);
    return out;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();

    const items = [_]Item{
        .{ .sku = 0xBEEF, .name = "widget", .qty = 3, .price = 2.5 },
        .{ .sku = 48879, .name = "gizmo", .qty = 12, .price = 0.99 },
        .{ .sku = 7, .name = "thingamajig", .qty = 1, .price = 149.0 },
    };
    const report = try buildReport(a, &items);
    std.debug.print("{s}\n", .{report});
    std.debug.print("report is {d} bytes, {d} lines\n", .{ report.len, std.mem.count(u8, report, "\n") + 1 });

    const title = try shout(a, "inventory done");
    std.debug.print("{s}\n", .{title});
    a.free(report);
    a.free(title);
    a.free(report);
}
