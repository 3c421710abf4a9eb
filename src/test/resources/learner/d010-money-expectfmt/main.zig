const std = @import("std");
const testing = std.testing;

const Money = struct {
    cents: i64,

    pub fn format(self: Money, comptime fmt: []const u8, options: std.fmt.FormatOptions, writer: anytype) !void {
        _ = fmt;
        _ = options;
        const sign: []const u8 = if (self.cents < 0) "-" else "";
        const abs: u64 = @abs(self.cents);
        try writer.print("{s}${d}.{d:0>2}", .{ sign, abs / 100, abs % 100 });
    }

    fn plus(a: Money, b: Money) Money {
        return .{ .cents = a.cents + b.cents };
    }
};

const Account = struct {
    owner: []const u8,
    balance: Money,

    pub fn format(self: Account, comptime fmt: []const u8, options: std.fmt.FormatOptions, writer: anytype) !void {
        _ = fmt;
        _ = options;
        try writer.print("{s}: {}", .{ self.owner, self.balance });
    }
};

test "money formats" {
    try testing.expectFmt("$0.05", "{}", .{Money{ .cents = 5 }});
    try testing.expectFmt("$12.30", "{}", .{Money{ .cents = 1230 }});
    try testing.expectFmt("-$3.07", "{}", .{Money{ .cents = -307 }});
}

test "nested in account and in allocPrint" {
    const acc = Account{ .owner = "kim", .balance = (Money{ .cents = 999 }).plus(.{ .cents = 1 }) };
    try testing.expectFmt("kim: $10.00", "{}", .{acc});
    const s = try std.fmt.allocPrint(testing.allocator, "[{}] and [{}]", .{ acc, acc.balance });
    defer testing.allocator.free(s);
    try testing.expectEqualStrings("[kim: $10.00] and [$10.00]", s);
}

test "wrong expectation shows both strings" {
    try testing.expectFmt("$1.5", "{}", .{Money{ .cents = 150 }});
}
