const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    std.debug.print("xD800: {}\n", .{unicode.utf16IsHighSurrogate(0xD800)});
    std.debug.print("xDBFF: {}\n", .{unicode.utf16IsHighSurrogate(0xDBFF)});
    std.debug.print("xDC00: {}\n", .{unicode.utf16IsHighSurrogate(0xDC00)});
    std.debug.print("A: {}\n", .{unicode.utf16IsHighSurrogate('A')});
}
