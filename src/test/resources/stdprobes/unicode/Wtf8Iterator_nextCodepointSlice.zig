const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    var it = (try unicode.Wtf8View.init("a\xed\xa0\x80")).iterator();
    std.debug.print("1: {any}\n", .{it.nextCodepointSlice()});
    std.debug.print("2: {any}\n", .{it.nextCodepointSlice()});
    std.debug.print("end: {any}\n", .{it.nextCodepointSlice()});
}
