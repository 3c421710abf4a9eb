const std = @import("std");

pub fn main() !void {
    var fbs = std.io.fixedBufferStream("abcdef");
    const r = fbs.reader();
    var dest: [4]u8 = undefined;
    const n1 = try r.read(&dest);
    std.debug.print("{d}: {s}\n", .{ n1, dest[0..n1] });
    const n2 = try r.read(&dest);
    std.debug.print("{d}: {s}\n", .{ n2, dest[0..n2] });
    std.debug.print("eof: {d}\n", .{try r.read(&dest)});
}
