const std = @import("std");

pub fn main() !void {
    var fbs = std.io.fixedBufferStream("abcdef");
    const r = fbs.reader();
    var dest: [4]u8 = undefined;
    std.debug.print("first: {d} {s}\n", .{ try r.readAll(&dest), &dest });
    const n = try r.readAll(&dest);
    std.debug.print("second: {d} {s}\n", .{ n, dest[0..n] });
    std.debug.print("third: {d}\n", .{try r.readAll(&dest)});
}
