const std = @import("std");

fn caesar(allocator: std.mem.Allocator, text: []const u8, shift: u8) ![]u8 {
    const out = try allocator.alloc(u8, text.len);
    for (text, out) |c, *o| {
        if (std.ascii.isUpper(c)) {
            o.* = 'A' + (c - 'A' + shift) % 26;
        } else if (std.ascii.isLower(c)) {
            o.* = 'a' + (c - 'a' + shift) % 26;
        } else {
            o.* = c;
        }
    }
    return out;
}

const Stats = struct { letters: usize = 0, digits: usize = 0, spaces: usize = 0, other: usize = 0 };

fn classify(text: []const u8) Stats {
    var s = Stats{};
    for (text) |c| {
        if (std.ascii.isAlphabetic(c)) s.letters += 1 else if (std.ascii.isDigit(c)) s.digits += 1 else if (std.ascii.isWhitespace(c)) s.spaces += 1 else s.other += 1;
    }
    return s;
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const msg = "Hello, Zig 0.14 World!";
    const enc = try caesar(allocator, msg, 3);
    defer allocator.free(enc);
    const dec = try caesar(allocator, enc, 23);
    defer allocator.free(dec);
    std.debug.print("{s}\n{s}\n{s}\n", .{ msg, enc, dec });
    std.debug.print("{}\n", .{classify(msg)});

    const up = try std.ascii.allocUpperString(allocator, msg);
    defer allocator.free(up);
    var low_buf: [64]u8 = undefined;
    const low = std.ascii.lowerString(&low_buf, msg);
    std.debug.print("{s} | {s}\n", .{ up, low });
    std.debug.print("eqlIgnoreCase: {} {}\n", .{ std.ascii.eqlIgnoreCase("ZiG", "zig"), std.ascii.eqlIgnoreCase("zig", "zag") });
    std.debug.print("startsWithIgnoreCase: {}\n", .{std.ascii.startsWithIgnoreCase("Content-Type: text", "content-type")});
    std.debug.print("indexOfIgnoreCase: {?d}\n", .{std.ascii.indexOfIgnoreCase("The Quick Fox", "QUICK")});
    std.debug.print("hex digit 'c' -> {}, alnum '_' -> {}, printable 0x07 -> {}\n", .{ std.ascii.isHex('c'), std.ascii.isAlphanumeric('_'), std.ascii.isPrint(0x07) });
    std.debug.print("toUpper {c} toLower {c}\n", .{ std.ascii.toUpper('q'), std.ascii.toLower('Q') });
}
