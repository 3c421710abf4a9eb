const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    std.debug.print("[{}]\n", .{unicode.fmtUtf16Le(&[_]u16{ 'h', 'i', 0xE9 })});
    std.debug.print("[{}]\n", .{unicode.fmtUtf16Le(&[_]u16{ 0xD83D, 0xDE00 })});
    std.debug.print("[{}]\n", .{unicode.fmtUtf16Le(&[_]u16{ 'a', 0xD800, 'b' })});
    std.debug.print("[{}]\n", .{unicode.fmtUtf16Le(&[_]u16{})});
}
