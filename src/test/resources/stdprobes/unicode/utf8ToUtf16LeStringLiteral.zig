const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    const w = unicode.utf8ToUtf16LeStringLiteral("A\u{20ac}\u{1f600}");
    std.debug.print("units: {x} len {}\n", .{ w.*, w.len });
    std.debug.print("sentinel: {}\n", .{w[w.len]});
    std.debug.print("empty len: {}\n", .{unicode.utf8ToUtf16LeStringLiteral("").len});
}
