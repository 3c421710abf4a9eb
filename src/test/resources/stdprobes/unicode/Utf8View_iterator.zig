const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    const v = try unicode.Utf8View.init("a\u{e9}\u{20ac}");
    var it = v.iterator();
    std.debug.print("start i: {}\n", .{it.i});
    while (it.nextCodepointSlice()) |s| std.debug.print("slice: {any}\n", .{s});
    var e = (try unicode.Utf8View.init("")).iterator();
    std.debug.print("empty: {?}\n", .{e.nextCodepoint()});
}
