const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    std.debug.print("ascii: {!}\n", .{unicode.calcWtf16LeLen("abc")});
    std.debug.print("surrogate: {!}\n", .{unicode.calcWtf16LeLen("\xed\xa0\x80")});
    std.debug.print("emoji: {!}\n", .{unicode.calcWtf16LeLen("\u{1f600}")});
    std.debug.print("bad start: {!}\n", .{unicode.calcWtf16LeLen("\xff")});
}
