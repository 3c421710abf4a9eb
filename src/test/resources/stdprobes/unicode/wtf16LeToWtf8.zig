const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    var out: [16]u8 = undefined;
    const w16 = [_]u16{ 'a', 0xD800, 0xD83D, 0xDE00 };
    const n = unicode.wtf16LeToWtf8(&out, &w16);
    std.debug.print("{} bytes: {any}\n", .{ n, out[0..n] });
    std.debug.print("empty: {}\n", .{unicode.wtf16LeToWtf8(&out, &[_]u16{})});
}
