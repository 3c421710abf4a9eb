const std = @import("std");

const ParseError = error{ Empty, NotANumber };

fn parseDigit(c: u8) ParseError!u8 {
    if (c < '0' or c > '9') return error.NotANumber;
    return c - '0';
}

fn parseNumber(text: []const u8) ParseError!u32 {
    if (text.len == 0) return error.Empty;
    var n: u32 = 0;
    for (text) |c| {
        n = n * 10 + try parseDigit(c);
    }
    return n;
}

pub fn main() !void {
    const inputs = [_][]const u8{ "42", "7x" };
    for (inputs) |text| {
        const n = parseNumber(text) catch |err| {
            std.debug.print("{s}: {s}\n", .{ text, @errorName(err) });
            continue;
        };
        std.debug.print("{s} -> {d}\n", .{ text, n });
    }
}
