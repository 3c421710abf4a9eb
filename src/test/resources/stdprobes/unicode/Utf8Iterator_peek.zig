const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    var it = (try unicode.Utf8View.init("a\u{e9}bc")).iterator();
    std.debug.print("peek 1: {any}\n", .{it.peek(1)});
    std.debug.print("peek 2: {any}\n", .{it.peek(2)});
    std.debug.print("peek 9: {any}\n", .{it.peek(9)});
    _ = it.nextCodepoint();
    std.debug.print("i unchanged by peek: {}\n", .{it.i});
}
