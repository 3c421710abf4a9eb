const std = @import("std");

pub fn main() !void {
    var fbs = std.io.fixedBufferStream("ab|cdefgh|");
    const r = fbs.reader();
    var dest: [4]u8 = undefined;
    std.debug.print("1: {s}\n", .{try r.readUntilDelimiter(&dest, '|')});
    std.debug.print("2: {s}\n", .{if (r.readUntilDelimiter(&dest, '|')) |s| s else |e| @errorName(e)});
}
