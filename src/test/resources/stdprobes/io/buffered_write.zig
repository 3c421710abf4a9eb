const std = @import("std");

pub fn main() !void {
    var out: [32]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&out);
    var bw = std.io.bufferedWriter(fbs.writer());
    std.debug.print("wrote {d}\n", .{try bw.write("abc")});
    std.debug.print("wrote {d}\n", .{try bw.write("")});
    std.debug.print("pending {d}, stream \"{s}\"\n", .{ bw.end, fbs.getWritten() });
    try bw.flush();
}
