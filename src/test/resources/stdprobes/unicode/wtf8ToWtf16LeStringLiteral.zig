const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    const w = unicode.wtf8ToWtf16LeStringLiteral("a\xed\xa0\x80");
    std.debug.print("units: {x} len {}\n", .{ w.*, w.len });
    const v = unicode.wtf8ToWtf16LeStringLiteral("\u{1f600}");
    std.debug.print("pair: {x}\n", .{v.*});
}
