const std = @import("std");

pub fn main() !void {
    var fbs = std.io.fixedBufferStream("abc");
    std.debug.print("start: {d}\n", .{try fbs.getPos()});
    _ = try fbs.reader().readByte();
    std.debug.print("after 1 byte: {d}\n", .{try fbs.getPos()});
}
