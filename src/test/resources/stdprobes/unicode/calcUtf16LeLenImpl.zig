const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    std.debug.print("utf8: {!}\n", .{unicode.calcUtf16LeLenImpl("a\u{1f600}", .cannot_encode_surrogate_half)});
    std.debug.print("surrogate refused: {!}\n", .{unicode.calcUtf16LeLenImpl("\xed\xa0\x80", .cannot_encode_surrogate_half)});
    std.debug.print("surrogate allowed: {!}\n", .{unicode.calcUtf16LeLenImpl("\xed\xa0\x80", .can_encode_surrogate_half)});
}
