const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    std.debug.print("A: {}\n", .{unicode.utf8ValidCodepoint('A')});
    std.debug.print("U+D800: {}\n", .{unicode.utf8ValidCodepoint(0xD800)});
    std.debug.print("U+10FFFF: {}\n", .{unicode.utf8ValidCodepoint(0x10FFFF)});
    std.debug.print("U+110000: {}\n", .{unicode.utf8ValidCodepoint(0x110000)});
}
