const std = @import("std");

pub fn main() !void {
    var buf: [8]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    try fbs.writer().writeAll("first");
    fbs.reset();
    std.debug.print("after reset: \"{s}\" pos {d}\n", .{ fbs.getWritten(), fbs.pos });
    try fbs.writer().writeAll("2nd");
    std.debug.print("rewritten: \"{s}\", buf {s}\n", .{ fbs.getWritten(), buf[0..5] });
}
