const std = @import("std");

pub fn main() !void {
    var fbs = std.io.fixedBufferStream("abcde");
    const r = fbs.reader();
    var dest: [3]u8 = undefined;
    try r.readNoEof(&dest);
    std.debug.print("got {s}\n", .{&dest});
    r.readNoEof(&dest) catch |e| std.debug.print("short: {s}\n", .{@errorName(e)});
}
