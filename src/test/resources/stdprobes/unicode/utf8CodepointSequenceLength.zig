const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    std.debug.print("A: {!}\n", .{unicode.utf8CodepointSequenceLength('A')});
    std.debug.print("U+00E9: {!}\n", .{unicode.utf8CodepointSequenceLength(0xE9)});
    std.debug.print("U+20AC: {!}\n", .{unicode.utf8CodepointSequenceLength(0x20AC)});
    std.debug.print("U+1F600: {!}\n", .{unicode.utf8CodepointSequenceLength(0x1F600)});
    std.debug.print("too large: {!}\n", .{unicode.utf8CodepointSequenceLength(0x110000)});
}
