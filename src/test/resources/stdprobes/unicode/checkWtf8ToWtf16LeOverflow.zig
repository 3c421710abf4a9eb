const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    var out: [1]u16 = undefined;
    std.debug.print("surrogate fits: {!}\n", .{unicode.checkWtf8ToWtf16LeOverflow("\xed\xa0\x80", &out)});
    std.debug.print("pair overflows: {!}\n", .{unicode.checkWtf8ToWtf16LeOverflow("\u{1f600}", &out)});
    std.debug.print("invalid: {!}\n", .{unicode.checkWtf8ToWtf16LeOverflow("\xff", &out)});
}
