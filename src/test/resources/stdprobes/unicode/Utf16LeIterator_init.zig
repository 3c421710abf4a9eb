const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    var it = unicode.Utf16LeIterator.init(&[_]u16{ 'h', 'i' });
    std.debug.print("i: {}\n", .{it.i});
    std.debug.print("first: {!?}\n", .{it.nextCodepoint()});
    var e = unicode.Utf16LeIterator.init(&[_]u16{});
    std.debug.print("empty: {!?}\n", .{e.nextCodepoint()});
}
