const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    std.debug.print("utf8: {}\n", .{unicode.wtf8ValidateSlice("h\u{e9}")});
    std.debug.print("lone surrogate: {}\n", .{unicode.wtf8ValidateSlice("\xed\xa0\x80")});
    std.debug.print("encoded pair: {}\n", .{unicode.wtf8ValidateSlice("\xed\xa0\xbd\xed\xb8\x80")});
    std.debug.print("invalid: {}\n", .{unicode.wtf8ValidateSlice("\xff")});
    std.debug.print("empty: {}\n", .{unicode.wtf8ValidateSlice("")});
}
