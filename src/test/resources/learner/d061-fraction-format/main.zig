const std = @import("std");

const Fraction = struct {
    num: i64,
    den: i64,

    fn init(num: i64, den: i64) !Fraction {
        if (den == 0) return error.ZeroDenominator;
        const g: i64 = @intCast(std.math.gcd(@abs(num), @abs(den)));
        const sign: i64 = if (den < 0) -1 else 1;
        return .{ .num = sign * @divExact(num, g), .den = sign * @divExact(den, g) };
    }

    fn add(a: Fraction, b: Fraction) !Fraction {
        return init(a.num * b.den + b.num * a.den, a.den * b.den);
    }

    fn mul(a: Fraction, b: Fraction) !Fraction {
        return init(a.num * b.num, a.den * b.den);
    }

    pub fn format(self: Fraction, comptime fmt: []const u8, options: std.fmt.FormatOptions, writer: anytype) !void {
        _ = fmt;
        if (self.den == 1) {
            try std.fmt.formatInt(self.num, 10, .lower, options, writer);
        } else {
            try writer.print("{d}/{d}", .{ self.num, self.den });
        }
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const half = try Fraction.init(1, 2);
    const third = try Fraction.init(2, -6);
    const sum = try half.add(third);
    std.debug.print("{} + {} = {}\n", .{ half, third, sum });
    std.debug.print("{} * {} = {}\n", .{ half, try Fraction.init(4, 1), try half.mul(try Fraction.init(4, 1)) });

    // harmonic numbers
    var h = try Fraction.init(0, 1);
    var i: i64 = 1;
    while (i <= 6) : (i += 1) {
        h = try h.add(try Fraction.init(1, i));
        const line = try std.fmt.allocPrint(allocator, "H({d}) = {}", .{ i, h });
        defer allocator.free(line);
        std.debug.print("{s:<16}|\n", .{line});
    }
    var buf: [8]u8 = undefined;
    const short = try std.fmt.bufPrint(&buf, "{}", .{half});
    std.debug.print("short: {s}\n", .{short});
    if (std.fmt.bufPrint(&buf, "{}", .{h})) |s| {
        std.debug.print("fits: {s}\n", .{s});
    } else |err| std.debug.print("H(6) does not fit in 8 bytes: {s}\n", .{@errorName(err)});
    std.debug.print("width on whole numbers: [{:>6}]\n", .{try Fraction.init(10, 5)});
    const bad = Fraction.init(1, 0) catch |err| {
        std.debug.print("1/0: {s}\n", .{@errorName(err)});
        return;
    };
    std.debug.print("unreachable {}\n", .{bad});
}
