const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    std.debug.print("A: {!}\n", .{unicode.utf16CodepointSequenceLength('A')});
    std.debug.print("U+FFFF: {!}\n", .{unicode.utf16CodepointSequenceLength(0xFFFF)});
    std.debug.print("U+10000: {!}\n", .{unicode.utf16CodepointSequenceLength(0x10000)});
    std.debug.print("too large: {!}\n", .{unicode.utf16CodepointSequenceLength(0x110000)});
}
