const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    std.debug.print("[{}]\n", .{unicode.fmtUtf8("ok \u{e9}")});
    std.debug.print("[{}]\n", .{unicode.fmtUtf8("a\xffb")});
    std.debug.print("[{}]\n", .{unicode.fmtUtf8("\xe2\x82")});
    std.debug.print("[{}]\n", .{unicode.fmtUtf8("")});
}
