const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    var out: [8]u16 = undefined;
    const n = try unicode.utf8ToUtf16Le(&out, "a\u{e9}\u{1f600}");
    std.debug.print("{} units: {x}\n", .{ n, out[0..n] });
    std.debug.print("invalid: {any}\n", .{unicode.utf8ToUtf16Le(&out, "\x80")});
    std.debug.print("empty: {!}\n", .{unicode.utf8ToUtf16Le(&out, "")});
}
