const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    const e = unicode.utf8EncodeComptime(0x20AC);
    std.debug.print("euro: {any} [{s}]\n", .{ e, &e });
    const a = unicode.utf8EncodeComptime('a');
    std.debug.print("a: {any}\n", .{a});
    std.debug.print("emoji len: {}\n", .{unicode.utf8EncodeComptime(0x1F600).len});
}
