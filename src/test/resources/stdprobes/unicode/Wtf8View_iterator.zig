const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    const v = try unicode.Wtf8View.init("\u{e9}\xed\xa0\x80");
    var it = v.iterator();
    std.debug.print("start i: {}\n", .{it.i});
    while (it.nextCodepointSlice()) |s| std.debug.print("slice: {any}\n", .{s});
}
