const std = @import("std");

pub fn main() !void {
    var fbs = std.io.fixedBufferStream("0123456789");
    const r = fbs.reader();
    try r.skipBytes(3, .{});
    std.debug.print("after 3: {c}\n", .{try r.readByte()});
    try r.skipBytes(2, .{ .buf_size = 1 });
    std.debug.print("after 2 more: {c}\n", .{try r.readByte()});
    std.debug.print("skip 10: {any}\n", .{r.skipBytes(10, .{})});
}
