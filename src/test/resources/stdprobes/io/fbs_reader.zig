const std = @import("std");

pub fn main() !void {
    var fbs = std.io.fixedBufferStream("line1\nline2");
    const r = fbs.reader();
    var line: [16]u8 = undefined;
    std.debug.print("1: {?s}\n", .{try r.readUntilDelimiterOrEof(&line, '\n')});
    std.debug.print("2: {?s}\n", .{try r.readUntilDelimiterOrEof(&line, '\n')});
    std.debug.print("3: {?s}\n", .{try r.readUntilDelimiterOrEof(&line, '\n')});
}
