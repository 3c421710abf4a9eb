const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    var it = (try unicode.Wtf8View.init("\xed\xa0\x80ab")).iterator();
    std.debug.print("peek 1: {any}\n", .{it.peek(1)});
    std.debug.print("peek 2: {any}\n", .{it.peek(2)});
    std.debug.print("peek 5: {any}\n", .{it.peek(5)});
    std.debug.print("i: {}\n", .{it.i});
}
