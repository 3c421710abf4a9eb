const std = @import("std");

pub fn main() !void {
    var fbs = std.io.fixedBufferStream("abc");
    std.debug.print("end: {d}\n", .{try fbs.getEndPos()});
    var empty = std.io.fixedBufferStream("");
    std.debug.print("empty end: {d}\n", .{try empty.getEndPos()});
}
