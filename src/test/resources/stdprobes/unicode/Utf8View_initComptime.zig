const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    const v = unicode.Utf8View.initComptime("\u{1f600}x");
    var it = v.iterator();
    while (it.nextCodepoint()) |c| std.debug.print("cp: {x}\n", .{c});
    std.debug.print("bytes len: {}\n", .{v.bytes.len});
}
