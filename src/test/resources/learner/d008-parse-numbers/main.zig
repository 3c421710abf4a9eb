const std = @import("std");

const ParseError = std.fmt.ParseIntError;

fn parsePort(text: []const u8) !u16 {
    const port = try std.fmt.parseUnsigned(u16, text, 10);
    if (port == 0) return error.ZeroPort;
    return port;
}

pub fn main() void {
    const inputs = [_][]const u8{ "8080", "0", "65536", "-1", "80a", "", "443" };
    for (inputs) |in| {
        if (parsePort(in)) |p| {
            std.debug.print("port '{s}' -> {d}\n", .{ in, p });
        } else |err| switch (err) {
            error.Overflow => std.debug.print("port '{s}' -> too big\n", .{in}),
            error.InvalidCharacter => std.debug.print("port '{s}' -> not a number\n", .{in}),
            error.ZeroPort => std.debug.print("port '{s}' -> zero not allowed\n", .{in}),
        }
    }

    const signed = [_][]const u8{ "-128", "127", "128", "+5", "0X1F", "0b101", "0o17", "1_000" };
    for (signed) |s| {
        const v = std.fmt.parseInt(i8, s, 0) catch |err| {
            std.debug.print("i8 '{s}': {s}\n", .{ s, @errorName(err) });
            continue;
        };
        std.debug.print("i8 '{s}' = {d}\n", .{ s, v });
    }

    const hex = std.fmt.parseInt(u32, "ff00", 16) catch unreachable;
    std.debug.print("hex ff00 = {d}\n", .{hex});

    const floats = [_][]const u8{ "3.14159", "-0.5", "1e3", "2.5e-2", "abc", "inf", "1.5.2" };
    var sum: f64 = 0;
    for (floats) |f| {
        const v = std.fmt.parseFloat(f64, f) catch |err| {
            std.debug.print("float '{s}': {s}\n", .{ f, @errorName(err) });
            continue;
        };
        if (std.math.isInf(v)) {
            std.debug.print("float '{s}' is infinite, skipped\n", .{f});
            continue;
        }
        sum += v;
        std.debug.print("float '{s}' = {d}\n", .{ f, v });
    }
    std.debug.print("sum = {d:.4}\n", .{sum});
}
