const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    std.debug.print("U+D7FF: {}\n", .{unicode.isSurrogateCodepoint(0xD7FF)});
    std.debug.print("U+D800: {}\n", .{unicode.isSurrogateCodepoint(0xD800)});
    std.debug.print("U+DFFF: {}\n", .{unicode.isSurrogateCodepoint(0xDFFF)});
    std.debug.print("U+E000: {}\n", .{unicode.isSurrogateCodepoint(0xE000)});
}
