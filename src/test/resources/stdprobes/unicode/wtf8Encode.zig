const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    var out: [4]u8 = undefined;
    const n = try unicode.wtf8Encode(0xD800, &out);
    std.debug.print("surrogate: {any}\n", .{out[0..n]});
    const m = try unicode.wtf8Encode(0x20AC, &out);
    std.debug.print("euro: {any}\n", .{out[0..m]});
    std.debug.print("too large: {any}\n", .{unicode.wtf8Encode(0x110000, &out)});
}
