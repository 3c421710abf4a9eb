const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    std.debug.print("xDC00: {}\n", .{unicode.utf16IsLowSurrogate(0xDC00)});
    std.debug.print("xDFFF: {}\n", .{unicode.utf16IsLowSurrogate(0xDFFF)});
    std.debug.print("xD800: {}\n", .{unicode.utf16IsLowSurrogate(0xD800)});
    std.debug.print("xE000: {}\n", .{unicode.utf16IsLowSurrogate(0xE000)});
}
