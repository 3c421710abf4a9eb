const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    var it = (try unicode.Utf8View.init("A\u{e9}\u{20ac}\u{1f600}")).iterator();
    while (it.nextCodepoint()) |c| std.debug.print("U+{X:0>4}\n", .{c});
    std.debug.print("after end: {?}\n", .{it.nextCodepoint()});
}
