const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    std.debug.print("e-acute: {!x}\n", .{unicode.utf8Decode2(.{ 0xC3, 0xA9 })});
    std.debug.print("overlong: {!x}\n", .{unicode.utf8Decode2(.{ 0xC0, 0x80 })});
    std.debug.print("bad continuation: {!x}\n", .{unicode.utf8Decode2(.{ 0xC3, 0x29 })});
}
