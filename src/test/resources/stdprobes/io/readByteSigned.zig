const std = @import("std");

pub fn main() !void {
    var fbs = std.io.fixedBufferStream(&[_]u8{ 0x7f, 0x80, 0xff });
    const r = fbs.reader();
    std.debug.print("{d}\n", .{try r.readByteSigned()});
    std.debug.print("{d}\n", .{try r.readByteSigned()});
    std.debug.print("{d}\n", .{try r.readByteSigned()});
    std.debug.print("eof: {any}\n", .{r.readByteSigned()});
}
