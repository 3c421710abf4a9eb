const std = @import("std");

const Fraction = struct {
    num: i64,
    den: i64,

    pub fn format(self: Fraction, comptime fmt: []const u8, options: std.fmt.FormatOptions, writer: anytype) !void {
        _ = options;
        if (comptime std.mem.eql(u8, fmt, "f")) {
            const v = @as(f64, @floatFromInt(self.num)) / @as(f64, @floatFromInt(self.den));
            try writer.print("{d:.3}", .{v});
        } else {
            try writer.print("{d}/{d}", .{ self.num, self.den });
        }
    }

    fn reduce(self: Fraction) Fraction {
        const g: i64 = @intCast(std.math.gcd(@abs(self.num), @abs(self.den)));
        return .{ .num = @divExact(self.num, g), .den = @divExact(self.den, g) };
    }

    fn add(a: Fraction, b: Fraction) Fraction {
        return (Fraction{ .num = a.num * b.den + b.num * a.den, .den = a.den * b.den }).reduce();
    }
};

const Money = struct {
    cents: i64,
    pub fn format(self: Money, comptime _: []const u8, _: std.fmt.FormatOptions, writer: anytype) !void {
        const sign: []const u8 = if (self.cents < 0) "-" else "";
        const a = @abs(self.cents);
        try writer.print("{s}${d}.{d:0>2}", .{ sign, a / 100, a % 100 });
    }
};

const Ledger = struct {
    label: []const u8,
    amounts: [3]Money,
};

pub fn main() !void {
    const out = std.io.getStdOut().writer();
    const a = Fraction{ .num = 1, .den = 6 };
    const b = Fraction{ .num = 1, .den = 3 };
    const c = a.add(b);
    try out.print("{} + {} = {}\n", .{ a, b, c });
    try out.print("as decimal: {f}\n", .{c});
    try out.print("list: {any}\n", .{[_]Fraction{ a, b, c }});
    const opt: ?Fraction = c;
    const none: ?Fraction = null;
    try out.print("opt={?} none={?}\n", .{ opt, none });
    const ledger = Ledger{ .label = "rent", .amounts = .{ .{ .cents = 125050 }, .{ .cents = -399 }, .{ .cents = 7 } } };
    try out.print("{}\n", .{ledger.amounts[0]});
    try out.print("{any}\n", .{ledger.amounts});
    for (ledger.amounts) |m| try out.print("[{}]", .{m});
    try out.print("\n", .{});
    var buf: [64]u8 = undefined;
    const s = try std.fmt.bufPrint(&buf, "{s}: {}", .{ ledger.label, ledger.amounts[1] });
    try out.print("{s} ({d} bytes)\n", .{ s, s.len });
}
