const std = @import("std");

const Money = struct {
    cents: i64,
    pub fn format(self: Money, comptime fmt: []const u8, options: std.fmt.FormatOptions, writer: anytype) !void {
        _ = fmt;
        _ = options;
        const sign: []const u8 = if (self.cents < 0) "-" else "";
        const abs = @abs(self.cents);
        try writer.print("{s}${d}.{d:0>2}", .{ sign, abs / 100, abs % 100 });
    }
};

const Item = struct {
    name: []const u8,
    qty: u32,
    price: Money,
    pub fn format(self: Item, comptime fmt: []const u8, options: std.fmt.FormatOptions, writer: anytype) !void {
        _ = options;
        if (comptime std.mem.eql(u8, fmt, "short")) {
            try writer.print("{s}x{d}", .{ self.name, self.qty });
        } else {
            try writer.print("{s:<10}{d:>4} @ {}", .{ self.name, self.qty, self.price });
        }
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    const items = [_]Item{
        .{ .name = "apple", .qty = 3, .price = .{ .cents = 45 } },
        .{ .name = "bread", .qty = 1, .price = .{ .cents = 250 } },
        .{ .name = "refund", .qty = 1, .price = .{ .cents = -1205 } },
    };
    var sb = std.ArrayList(u8).init(alloc);
    defer sb.deinit();
    const w = sb.writer();
    var total: i64 = 0;
    for (items) |it| {
        try w.print("{}\n", .{it});
        total += it.price.cents * it.qty;
    }
    try w.print("total: {}\n", .{Money{ .cents = total }});
    try w.writeAll("short:");
    for (items) |it| try w.print(" {short}", .{it});
    try w.writeByte('\n');
    try w.writeByteNTimes('=', 20);
    try w.writeByte('\n');
    std.debug.print("{s}", .{sb.items});
    std.debug.print("len {d}\n", .{sb.items.len});
    const line = try std.fmt.allocPrint(alloc, "[{any}]", .{items[0].price});
    defer alloc.free(line);
    std.debug.print("{s}\n", .{line});
    var buf: [8]u8 = undefined;
    const short = std.fmt.bufPrint(&buf, "{}", .{items[2].price}) catch |err| @errorName(err);
    std.debug.print("{s}\n", .{short});
}
