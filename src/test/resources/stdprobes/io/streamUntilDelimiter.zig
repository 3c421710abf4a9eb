const std = @import("std");

pub fn main() !void {
    var fbs = std.io.fixedBufferStream("copy me:tail");
    const r = fbs.reader();
    var out: [32]u8 = undefined;
    var ofs = std.io.fixedBufferStream(&out);
    try r.streamUntilDelimiter(ofs.writer(), ':', null);
    std.debug.print("streamed: {s}\n", .{ofs.getWritten()});
    ofs.reset();
    r.streamUntilDelimiter(ofs.writer(), ':', null) catch |e| std.debug.print("eof: {s}, got {s}\n", .{ @errorName(e), ofs.getWritten() });
    var f3 = std.io.fixedBufferStream("abcdef:");
    ofs.reset();
    f3.reader().streamUntilDelimiter(ofs.writer(), ':', 3) catch |e| std.debug.print("max 3: {s}\n", .{@errorName(e)});
}
