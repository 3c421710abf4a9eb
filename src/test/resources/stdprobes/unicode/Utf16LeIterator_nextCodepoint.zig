const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    const units = [_]u16{ 'A', 0xD83D, 0xDE00, 0x20AC };
    var it = unicode.Utf16LeIterator.init(&units);
    while (try it.nextCodepoint()) |c| std.debug.print("cp: {x}\n", .{c});
    var bad = unicode.Utf16LeIterator.init(&[_]u16{0xDE00});
    std.debug.print("lone low: {!?}\n", .{bad.nextCodepoint()});
    var hi = unicode.Utf16LeIterator.init(&[_]u16{ 0xD83D, 'x' });
    std.debug.print("unpaired high: {!?}\n", .{hi.nextCodepoint()});
}
