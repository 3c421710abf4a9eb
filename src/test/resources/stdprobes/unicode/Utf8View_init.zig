const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    const v = try unicode.Utf8View.init("h\u{e9}!");
    std.debug.print("bytes: {s} len {}\n", .{ v.bytes, v.bytes.len });
    std.debug.print("invalid: {any}\n", .{unicode.Utf8View.init("\xc3(")});
    const e = try unicode.Utf8View.init("");
    std.debug.print("empty: {}\n", .{e.bytes.len});
}
