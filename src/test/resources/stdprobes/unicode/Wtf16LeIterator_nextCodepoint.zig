const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    const units = [_]u16{ 'A', 0xD800, 0xD83D, 0xDE00, 0xDC00 };
    var it = unicode.Wtf16LeIterator.init(&units);
    while (it.nextCodepoint()) |c| std.debug.print("cp: {x}\n", .{c});
    std.debug.print("after end: {?}\n", .{it.nextCodepoint()});
}
