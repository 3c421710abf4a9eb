const std = @import("std");

pub fn main() !void {
    var out: [64]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&out);
    var bw: std.io.BufferedWriter(4, @TypeOf(fbs.writer())) = .{ .unbuffered_writer = fbs.writer() };
    try bw.writer().writeAll("abc");
    std.debug.print("3 bytes: \"{s}\"\n", .{fbs.getWritten()});
    try bw.writer().writeAll("de");
    std.debug.print("overflowed 4: \"{s}\"\n", .{fbs.getWritten()});
    try bw.writer().writeAll("0123456789");
    std.debug.print("larger than buffer: \"{s}\"\n", .{fbs.getWritten()});
    try bw.flush();
}
