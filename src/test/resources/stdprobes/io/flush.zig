const std = @import("std");

pub fn main() !void {
    var out: [8]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&out);
    var bw = std.io.bufferedWriter(fbs.writer());
    try bw.flush();
    std.debug.print("empty flush: \"{s}\"\n", .{fbs.getWritten()});
    try bw.writer().writeAll("0123456789");
    bw.flush() catch |e| std.debug.print("flush into full stream: {s}\n", .{@errorName(e)});
    std.debug.print("written: \"{s}\"\n", .{fbs.getWritten()});
}
