const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    var out: [16]u8 = undefined;
    const in = "a\xed\xa0\x80b";
    try unicode.wtf8ToUtf8Lossy(&out, in);
    std.debug.print("replaced: {any}\n", .{out[0..in.len]});
    std.debug.print("invalid: {any}\n", .{unicode.wtf8ToUtf8Lossy(&out, "\xff")});
    var buf = "\xed\xb0\x80".*;
    try unicode.wtf8ToUtf8Lossy(&buf, &buf);
    std.debug.print("in place: {any}\n", .{buf});
}
