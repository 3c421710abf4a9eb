const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    std.debug.print("ascii: {}\n", .{unicode.utf8ValidateSlice("hello")});
    std.debug.print("mixed: {}\n", .{unicode.utf8ValidateSlice("\u{e9}\u{20ac}\u{1f600}")});
    std.debug.print("empty: {}\n", .{unicode.utf8ValidateSlice("")});
    std.debug.print("lone continuation: {}\n", .{unicode.utf8ValidateSlice("\x80")});
    std.debug.print("surrogate: {}\n", .{unicode.utf8ValidateSlice("\xed\xa0\x80")});
}
