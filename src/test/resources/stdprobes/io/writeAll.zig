const std = @import("std");

pub fn main() !void {
    var buf: [32]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    const w = fbs.writer();
    try w.writeAll("abc");
    try w.writeAll("");
    try w.writeAll("def");
    std.debug.print("text: {s}\n", .{fbs.getWritten()});
    w.writeAll("x" ** 40) catch |e| std.debug.print("too long: {s}\n", .{@errorName(e)});
    std.debug.print("len after error: {d}\n", .{fbs.getWritten().len});
}
