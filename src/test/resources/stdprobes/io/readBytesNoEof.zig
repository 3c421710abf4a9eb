const std = @import("std");

pub fn main() !void {
    var fbs = std.io.fixedBufferStream("abcdef");
    const r = fbs.reader();
    const four = try r.readBytesNoEof(4);
    std.debug.print("four: {s}\n", .{&four});
    std.debug.print("four more: {s}\n", .{if (r.readBytesNoEof(4)) |_| "ok" else |e| @errorName(e)});
}
