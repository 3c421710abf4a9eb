const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    var out: [8]u16 = undefined;
    const n = try unicode.utf8ToUtf16LeImpl(&out, "\xed\xa0\x80z", .can_encode_surrogate_half);
    std.debug.print("surrogate allowed: {x}\n", .{out[0..n]});
    std.debug.print("surrogate refused: {any}\n", .{unicode.utf8ToUtf16LeImpl(&out, "\xed\xa0\x80", .cannot_encode_surrogate_half)});
    const m = try unicode.utf8ToUtf16LeImpl(&out, "ok", .cannot_encode_surrogate_half);
    std.debug.print("ascii: {x}\n", .{out[0..m]});
}
