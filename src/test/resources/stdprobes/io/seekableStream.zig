const std = @import("std");

pub fn main() !void {
    var fbs = std.io.fixedBufferStream("0123456789");
    const r = fbs.reader();
    _ = r;
    const ss = fbs.seekableStream();
    try ss.seekTo(7);
    std.debug.print("pos {d} end {d}\n", .{ try ss.getPos(), try ss.getEndPos() });
    try ss.seekBy(-5);
    std.debug.print("after -5: {d}, byte {c}\n", .{ try ss.getPos(), try fbs.reader().readByte() });
}
