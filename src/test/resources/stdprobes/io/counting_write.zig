const std = @import("std");

pub fn main() !void {
    var buf: [32]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    const w = fbs.writer();
    var cw = std.io.countingWriter(w);
    std.debug.print("wrote {d}\n", .{try cw.write("hello")});
    std.debug.print("wrote {d}\n", .{try cw.write("")});
    std.debug.print("count {d}\n", .{cw.bytes_written});
}
