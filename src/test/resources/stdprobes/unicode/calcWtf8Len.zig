const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    std.debug.print("ascii: {}\n", .{unicode.calcWtf8Len(&[_]u16{ 'a', 'b' })});
    std.debug.print("pair: {}\n", .{unicode.calcWtf8Len(&[_]u16{ 0xD83D, 0xDE00 })});
    std.debug.print("lone: {}\n", .{unicode.calcWtf8Len(&[_]u16{0xD800})});
    std.debug.print("empty: {}\n", .{unicode.calcWtf8Len(&[_]u16{})});
}
