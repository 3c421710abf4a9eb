const std = @import("std");

pub fn main() !void {
    var out: [64]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&out);
    var bw = std.io.bufferedWriter(fbs.writer());
    try bw.writer().writeAll("hello ");
    std.debug.print("before flush: \"{s}\" buffered {d}\n", .{ fbs.getWritten(), bw.end });
    try bw.writer().print("{d}", .{42});
    try bw.flush();
    std.debug.print("after flush: \"{s}\"\n", .{fbs.getWritten()});
}
