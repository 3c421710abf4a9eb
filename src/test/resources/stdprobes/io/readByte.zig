const std = @import("std");

pub fn main() !void {
    var fbs = std.io.fixedBufferStream("ab");
    const r = fbs.reader();
    std.debug.print("{c}\n", .{try r.readByte()});
    std.debug.print("{c}\n", .{try r.readByte()});
    std.debug.print("eof: {any}\n", .{r.readByte()});
}
