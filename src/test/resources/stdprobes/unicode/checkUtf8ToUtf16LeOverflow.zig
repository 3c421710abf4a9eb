const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    var out: [2]u16 = undefined;
    std.debug.print("fits: {!}\n", .{unicode.checkUtf8ToUtf16LeOverflow("ab", &out)});
    std.debug.print("overflows: {!}\n", .{unicode.checkUtf8ToUtf16LeOverflow("abc", &out)});
    std.debug.print("pair: {!}\n", .{unicode.checkUtf8ToUtf16LeOverflow("a\u{1f600}", &out)});
    std.debug.print("invalid: {!}\n", .{unicode.checkUtf8ToUtf16LeOverflow("\xff", &out)});
}
