const std = @import("std");

pub fn main() !void {
    var buf: [32]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    const w = fbs.writer();
    std.debug.print("wrote {d}\n", .{try w.write("hello")});
    std.debug.print("wrote {d}\n", .{try w.write("")});
    std.debug.print("text: {s}\n", .{fbs.getWritten()});
}
