const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    std.debug.print("grin: {!x}\n", .{unicode.utf16DecodeSurrogatePair(&[_]u16{ 0xD83D, 0xDE00 })});
    std.debug.print("min: {!x}\n", .{unicode.utf16DecodeSurrogatePair(&[_]u16{ 0xD800, 0xDC00 })});
    std.debug.print("not low: {!x}\n", .{unicode.utf16DecodeSurrogatePair(&[_]u16{ 0xD83D, 'A' })});
    std.debug.print("swapped: {!x}\n", .{unicode.utf16DecodeSurrogatePair(&[_]u16{ 0xDE00, 0xD83D })});
}
