const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    var out: [8]u8 = undefined;
    std.debug.print("ok: {any}\n", .{try fmt.hexToBytes(&out, "00abFF")});
    std.debug.print("odd: {any}\n", .{fmt.hexToBytes(&out, "abc")});
    std.debug.print("bad char: {any}\n", .{fmt.hexToBytes(&out, "zz")});
    std.debug.print("too long: {any}\n", .{fmt.hexToBytes(out[0..1], "0102")});
    std.debug.print("empty: {any}\n", .{try fmt.hexToBytes(&out, "")});
}
