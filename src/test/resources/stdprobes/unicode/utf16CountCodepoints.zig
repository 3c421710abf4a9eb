const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    std.debug.print("ascii: {!}\n", .{unicode.utf16CountCodepoints(&[_]u16{ 'a', 'b' })});
    std.debug.print("pair: {!}\n", .{unicode.utf16CountCodepoints(&[_]u16{ 'a', 0xD83D, 0xDE00 })});
    std.debug.print("empty: {!}\n", .{unicode.utf16CountCodepoints(&[_]u16{})});
    std.debug.print("lone: {!}\n", .{unicode.utf16CountCodepoints(&[_]u16{0xD800})});
}
