const std = @import("std");

pub fn main() !void {
    var buf: [6]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    const w = fbs.writer();
    try w.writeAll("abc");
    w.writeAll("defgh") catch |e| std.debug.print("error: {s}\n", .{@errorName(e)});
    std.debug.print("written: \"{s}\" pos {d}\n", .{ fbs.getWritten(), fbs.pos });
}
