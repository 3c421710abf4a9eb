const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    var out: [4]u8 = undefined;
    const n = try unicode.utf8Encode(0x20AC, &out);
    std.debug.print("euro: {} {any}\n", .{ n, out[0..n] });
    const m = try unicode.utf8Encode('z', &out);
    std.debug.print("z: {} {any}\n", .{ m, out[0..m] });
    std.debug.print("surrogate: {any}\n", .{unicode.utf8Encode(0xD800, &out)});
    std.debug.print("too large: {any}\n", .{unicode.utf8Encode(0x110000, &out)});
}
