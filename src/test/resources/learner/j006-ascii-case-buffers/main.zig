const std = @import("std");
const ascii = std.ascii;

fn titleCase(buf: []u8, s: []const u8) []u8 {
    var start = true;
    for (s, 0..) |c, i| {
        buf[i] = if (start) ascii.toUpper(c) else ascii.toLower(c);
        start = !ascii.isAlphabetic(c);
    }
    return buf[0..s.len];
}

fn classify(c: u8) []const u8 {
    if (ascii.isDigit(c)) return "digit";
    if (ascii.isUpper(c)) return "upper";
    if (ascii.isLower(c)) return "lower";
    if (ascii.isWhitespace(c)) return "space";
    if (ascii.isPrint(c)) return "punct";
    return "control";
}

pub fn main() !void {
    const out = std.io.getStdOut().writer();
    const src = "hello WORLD, zig-lang 0.14!";
    var up: [64]u8 = undefined;
    var low: [64]u8 = undefined;
    var title: [64]u8 = undefined;
    try out.print("upper: {s}\n", .{ascii.upperString(&up, src)});
    try out.print("lower: {s}\n", .{ascii.lowerString(&low, src)});
    try out.print("title: {s}\n", .{titleCase(&title, src)});
    try out.print("eqlIgnoreCase: {}\n", .{ascii.eqlIgnoreCase("ZiG", "zig")});
    try out.print("startsWithIgnoreCase: {}\n", .{ascii.startsWithIgnoreCase("Hello there", "HELLO")});
    try out.print("indexOfIgnoreCase: {?d}\n", .{ascii.indexOfIgnoreCase(src, "world")});
    var counts = [_]u32{0} ** 6;
    const names = [_][]const u8{ "digit", "upper", "lower", "space", "punct", "control" };
    for (src ++ "\t\x01") |c| {
        const kind = classify(c);
        for (names, 0..) |nm, i| {
            if (std.mem.eql(u8, nm, kind)) counts[i] += 1;
        }
    }
    for (names, counts) |nm, n| try out.print("{s:>8}: {d}\n", .{ nm, n });
    const hexs = "7fA0zz";
    for (hexs) |c| {
        if (std.fmt.charToDigit(c, 16)) |d| {
            try out.print("{c}->{d} ", .{ c, d });
        } else |err| {
            try out.print("{c}->{s} ", .{ c, @errorName(err) });
        }
    }
    try out.print("\n", .{});
    try out.print("ascii.orderIgnoreCase: {s}\n", .{@tagName(ascii.orderIgnoreCase("apple", "BANANA"))});
    try out.print("lessThanIgnoreCase: {}\n", .{ascii.lessThanIgnoreCase("Zed", "alpha")});
}
