const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    std.debug.print("euro: {!x}\n", .{unicode.utf8Decode3(.{ 0xE2, 0x82, 0xAC })});
    std.debug.print("overlong: {!x}\n", .{unicode.utf8Decode3(.{ 0xE0, 0x80, 0x80 })});
    std.debug.print("surrogate: {!x}\n", .{unicode.utf8Decode3(.{ 0xED, 0xA0, 0x80 })});
    std.debug.print("bad continuation: {!x}\n", .{unicode.utf8Decode3(.{ 0xE2, 0x28, 0xAC })});
}
