const std = @import("std");

pub fn main() !void {
    var fbs = std.io.fixedBufferStream("red green  blue");
    const r = fbs.reader();
    var dest: [8]u8 = undefined;
    while (try r.readUntilDelimiterOrEof(&dest, ' ')) |word| std.debug.print("word: \"{s}\"\n", .{word});
    var long = std.io.fixedBufferStream("muchtoolongword");
    std.debug.print("too long: {s}\n", .{if (long.reader().readUntilDelimiterOrEof(&dest, ' ')) |_| "ok" else |e| @errorName(e)});
}
