const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    var out: [16]u8 = undefined;
    const u16s = [_]u16{ 'h', 0xE9, 0xD83D, 0xDE00 };
    const n = try unicode.utf16LeToUtf8(&out, &u16s);
    std.debug.print("{} bytes: {any}\n", .{ n, out[0..n] });
    std.debug.print("lone high at end: {any}\n", .{unicode.utf16LeToUtf8(&out, &[_]u16{0xD800})});
    std.debug.print("empty: {!}\n", .{unicode.utf16LeToUtf8(&out, &[_]u16{})});
}
