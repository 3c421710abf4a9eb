const std = @import("std");

const Money = struct {
    cents: i64,
    currency: []const u8,

    pub fn format(self: Money, comptime fmt: []const u8, options: std.fmt.FormatOptions, writer: anytype) !void {
        _ = fmt;
        _ = options;
        const sign = if (self.cents < 0) "-" else "";
        const abs: u64 = @abs(self.cents);
        try writer.print("{s}{d}.{d:0>2} {s}", .{ sign, abs / 100, abs % 100, self.currency });
    }
};

const Line = struct {
    what: []const u8,
    price: Money,

    pub fn format(self: Line, comptime fmt: []const u8, options: std.fmt.FormatOptions, writer: anytype) !void {
        _ = options;
        if (std.mem.eql(u8, fmt, "short")) {
            try writer.print("{s}", .{self.what});
        } else {
            try writer.print("{s:.<14}{}", .{ self.what, self.price });
        }
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const lines = [_]Line{
        .{ .what = "coffee", .price = .{ .cents = 450, .currency = "EUR" } },
        .{ .what = "croissant", .price = .{ .cents = 205, .currency = "EUR" } },
        .{ .what = "refund", .price = .{ .cents = -99, .currency = "EUR" } },
    };
    var total: i64 = 0;
    for (lines) |l| {
        std.debug.print("{}\n", .{l});
        total += l.price.cents;
    }
    std.debug.print("items: {short}, {short}, {short}\n", .{ lines[0], lines[1], lines[2] });
    const sum = Money{ .cents = total, .currency = "EUR" };
    const text = try std.fmt.allocPrint(allocator, "TOTAL {}", .{sum});
    defer allocator.free(text);
    std.debug.print("{s} ({d} chars)\n", .{ text, text.len });

    var buf = std.ArrayList(u8).init(allocator);
    defer buf.deinit();
    try buf.writer().print("[{}|{}]", .{ Money{ .cents = 5, .currency = "USD" }, Money{ .cents = 100000, .currency = "JPY" } });
    std.debug.print("{s}\n", .{buf.items});
}
