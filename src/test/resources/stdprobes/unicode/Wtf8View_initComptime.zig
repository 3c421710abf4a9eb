const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    const v = unicode.Wtf8View.initComptime("z\xed\xa0\x80");
    var it = v.iterator();
    while (it.nextCodepoint()) |c| std.debug.print("cp: {x}\n", .{c});
    std.debug.print("len: {}\n", .{v.bytes.len});
}
