const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    std.debug.print("0xD800: {}\n", .{unicode.utf16IsHighSurrogate(0xD800)});
    std.debug.print("0xDBFF: {}\n", .{unicode.utf16IsHighSurrogate(0xDBFF)});
    std.debug.print("0xDC00: {}\n", .{unicode.utf16IsHighSurrogate(0xDC00)});
    std.debug.print("A: {}\n", .{unicode.utf16IsHighSurrogate('A')});
}
