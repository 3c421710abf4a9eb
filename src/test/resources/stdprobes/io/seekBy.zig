const std = @import("std");

pub fn main() !void {
    var fbs = std.io.fixedBufferStream("abcdef");
    try fbs.seekBy(3);
    std.debug.print("+3: {d}\n", .{fbs.pos});
    try fbs.seekBy(-10);
    std.debug.print("-10 clamps: {d}\n", .{fbs.pos});
    try fbs.seekBy(50);
    std.debug.print("+50 clamps: {d}\n", .{fbs.pos});
}
