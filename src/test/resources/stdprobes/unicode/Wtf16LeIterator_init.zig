const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    var it = unicode.Wtf16LeIterator.init(&[_]u16{ 0xDC00, 'x' });
    std.debug.print("i: {} bytes: {}\n", .{ it.i, it.bytes.len });
    std.debug.print("first: {?x}\n", .{it.nextCodepoint()});
}
