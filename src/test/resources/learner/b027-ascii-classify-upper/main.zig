const std = @import("std");

fn titleCase(s: []u8) void {
    var at_word_start = true;
    for (s) |*c| {
        if (std.ascii.isAlphabetic(c.*)) {
            c.* = if (at_word_start) std.ascii.toUpper(c.*) else std.ascii.toLower(c.*);
            at_word_start = false;
        } else {
            at_word_start = std.ascii.isWhitespace(c.*) or c.* == '-';
        }
    }
}

fn describe(c: u8) []const u8 {
    if (std.ascii.isDigit(c)) return "digit";
    if (std.ascii.isUpper(c)) return "upper";
    if (std.ascii.isAlphabetic(c)) return "lower";
    if (std.ascii.isWhitespace(c)) return "space";
    return "punct";
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    for ("A1 b!\t") |c| {
        std.debug.print("{d:>3} {s}\n", .{ c, describe(c) });
    }

    var title = "the QUICK brown-fox jumps over 2 lazy dogs".*;
    titleCase(&title);
    std.debug.print("title: {s}\n", .{title});

    const shout = try std.ascii.allocUpperString(allocator, "please be quiet, thanks!");
    defer allocator.free(shout);
    std.debug.print("shout: {s}\n", .{shout});

    var small: [32]u8 = undefined;
    const lower = std.ascii.lowerString(&small, "MiXeD CaSe 123");
    std.debug.print("lower: {s}\n", .{lower});
    const upper = std.ascii.upperString(&small, lower);
    std.debug.print("upper: {s}\n", .{upper});

    var digits: usize = 0;
    var letters: usize = 0;
    for ("R2-D2 and C-3PO") |c| {
        if (std.ascii.isDigit(c)) digits += 1;
        if (std.ascii.isAlphabetic(c)) letters += 1;
    }
    std.debug.print("digits={d} letters={d}\n", .{ digits, letters });
}
