const std = @import("std");

pub fn main() !void {
    var small: [4]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&small);
    var cw = std.io.countingWriter(fbs.writer());
    const w = cw.writer();
    try w.writeAll("ab");
    w.writeAll("cdef") catch |e| std.debug.print("error: {s}\n", .{@errorName(e)});
    std.debug.print("count {d}, text \"{s}\"\n", .{ cw.bytes_written, fbs.getWritten() });
}
