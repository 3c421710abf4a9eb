const std = @import("std");

pub fn main() !void {
    var fbs = std.io.fixedBufferStream("abcdef");
    try fbs.seekTo(4);
    std.debug.print("at 4: {c}\n", .{try fbs.reader().readByte()});
    try fbs.seekTo(100);
    std.debug.print("past end clamps to: {d}\n", .{fbs.pos});
    try fbs.seekTo(0);
    std.debug.print("back at 0: {c}\n", .{try fbs.reader().readByte()});
}
