const std = @import("std");

pub fn main() !void {
    var buf: [32]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    const w = fbs.writer();
    var cw: std.io.CountingWriter(@TypeOf(w)) = .{ .bytes_written = 0, .child_stream = w };
    try cw.writer().writeAll("abc");
    std.debug.print("count {d}, text \"{s}\"\n", .{ cw.bytes_written, fbs.getWritten() });
}
