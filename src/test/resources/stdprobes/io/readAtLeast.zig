const std = @import("std");

pub fn main() !void {
    var fbs = std.io.fixedBufferStream("abcdef");
    const r = fbs.reader();
    var dest: [6]u8 = undefined;
    const n = try r.readAtLeast(&dest, 2);
    std.debug.print("read {d}: {s}\n", .{ n, dest[0..n] });
    std.debug.print("at eof: {d}\n", .{try r.readAtLeast(&dest, 1)});
}
