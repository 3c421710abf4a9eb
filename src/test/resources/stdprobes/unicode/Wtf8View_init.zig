const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    const v = try unicode.Wtf8View.init("a\xed\xa0\x80");
    std.debug.print("len: {}\n", .{v.bytes.len});
    std.debug.print("invalid: {any}\n", .{unicode.Wtf8View.init("\xc0\x80")});
    std.debug.print("pair invalid: {any}\n", .{unicode.Wtf8View.init("\xed\xa0\xbd\xed\xb8\x80")});
}
