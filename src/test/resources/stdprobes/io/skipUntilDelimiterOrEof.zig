const std = @import("std");

pub fn main() !void {
    var fbs = std.io.fixedBufferStream("# comment\ncode");
    const r = fbs.reader();
    try r.skipUntilDelimiterOrEof('\n');
    var dest: [8]u8 = undefined;
    const n = try r.readAll(&dest);
    std.debug.print("after skip: {s}\n", .{dest[0..n]});
    try r.skipUntilDelimiterOrEof('\n');
    std.debug.print("skip at eof: ok\n", .{});
}
