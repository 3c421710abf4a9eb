const std = @import("std");

pub fn main() !void {
    var fbs = std.io.fixedBufferStream("abcde");
    var dest: [3]u8 = undefined;
    const n1 = try fbs.read(&dest);
    std.debug.print("read {d}: {s}\n", .{ n1, dest[0..n1] });
    const n2 = try fbs.read(&dest);
    std.debug.print("read {d}: {s}\n", .{ n2, dest[0..n2] });
    std.debug.print("at end: {d}\n", .{try fbs.read(&dest)});
}
