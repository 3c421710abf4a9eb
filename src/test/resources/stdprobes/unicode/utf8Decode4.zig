const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    std.debug.print("grin: {!x}\n", .{unicode.utf8Decode4(.{ 0xF0, 0x9F, 0x98, 0x80 })});
    std.debug.print("overlong: {!x}\n", .{unicode.utf8Decode4(.{ 0xF0, 0x80, 0x80, 0x80 })});
    std.debug.print("too large: {!x}\n", .{unicode.utf8Decode4(.{ 0xF4, 0x90, 0x80, 0x80 })});
    std.debug.print("bad continuation: {!x}\n", .{unicode.utf8Decode4(.{ 0xF0, 0x9F, 0x28, 0x80 })});
}
