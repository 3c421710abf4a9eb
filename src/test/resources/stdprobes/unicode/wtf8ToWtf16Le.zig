const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    var out: [8]u16 = undefined;
    const n = try unicode.wtf8ToWtf16Le(&out, "a\xed\xa0\x80");
    std.debug.print("{} units: {x}\n", .{ n, out[0..n] });
    std.debug.print("invalid: {any}\n", .{unicode.wtf8ToWtf16Le(&out, "\x80")});
}
