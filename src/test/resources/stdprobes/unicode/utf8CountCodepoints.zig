const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    std.debug.print("ascii: {!}\n", .{unicode.utf8CountCodepoints("hello")});
    std.debug.print("mixed: {!}\n", .{unicode.utf8CountCodepoints("h\u{e9}llo \u{20ac}\u{1f600}")});
    std.debug.print("empty: {!}\n", .{unicode.utf8CountCodepoints("")});
    std.debug.print("invalid: {!}\n", .{unicode.utf8CountCodepoints("a\xffb")});
    std.debug.print("truncated: {!}\n", .{unicode.utf8CountCodepoints("a\xe2\x82")});
}
