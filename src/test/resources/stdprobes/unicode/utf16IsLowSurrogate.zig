const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    std.debug.print("0xDC00: {}\n", .{unicode.utf16IsLowSurrogate(0xDC00)});
    std.debug.print("0xDFFF: {}\n", .{unicode.utf16IsLowSurrogate(0xDFFF)});
    std.debug.print("0xD800: {}\n", .{unicode.utf16IsLowSurrogate(0xD800)});
    std.debug.print("0xE000: {}\n", .{unicode.utf16IsLowSurrogate(0xE000)});
}
