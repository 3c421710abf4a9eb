const std = @import("std");

fn alphabetical(_: void, a: []const u8, b: []const u8) bool {
    return std.mem.lessThan(u8, a, b);
}

fn byLengthThenText(_: void, a: []const u8, b: []const u8) bool {
    if (a.len != b.len) return a.len < b.len;
    return std.mem.lessThan(u8, a, b);
}

fn descending(_: void, a: []const u8, b: []const u8) bool {
    return std.mem.order(u8, a, b) == .gt;
}

fn show(label: []const u8, words: []const []const u8) void {
    std.debug.print("{s:<10}", .{label});
    for (words) |w| std.debug.print(" {s}", .{w});
    std.debug.print("\n", .{});
}

pub fn main() void {
    var words = [_][]const u8{ "pear", "Apple", "fig", "banana", "apple", "kiwi", "Fig", "date" };
    show("original", &words);
    std.mem.sort([]const u8, &words, {}, alphabetical);
    show("alpha", &words);
    std.mem.sort([]const u8, &words, {}, byLengthThenText);
    show("length", &words);
    std.mem.sort([]const u8, &words, {}, descending);
    show("desc", &words);

    const pairs = [_][2][]const u8{
        .{ "abc", "abd" },
        .{ "abc", "abc" },
        .{ "abcd", "abc" },
        .{ "", "a" },
        .{ "Zebra", "apple" },
    };
    for (pairs) |p| {
        const o = std.mem.order(u8, p[0], p[1]);
        std.debug.print("order(\"{s}\", \"{s}\") = {s}, lessThan = {}, eql = {}\n", .{
            p[0], p[1], @tagName(o), std.mem.lessThan(u8, p[0], p[1]), std.mem.eql(u8, p[0], p[1]),
        });
    }
}
