const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    std.debug.print("ascii: {!}\n", .{unicode.calcUtf16LeLen("abc")});
    std.debug.print("mixed: {!}\n", .{unicode.calcUtf16LeLen("\u{e9}\u{20ac}\u{1f600}")});
    std.debug.print("empty: {!}\n", .{unicode.calcUtf16LeLen("")});
    std.debug.print("bad start: {!}\n", .{unicode.calcUtf16LeLen("\x80")});
    std.debug.print("surrogate: {!}\n", .{unicode.calcUtf16LeLen("\xed\xa0\x80")});
}
