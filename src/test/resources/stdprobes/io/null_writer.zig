const std = @import("std");

pub fn main() !void {
    try std.io.null_writer.writeAll("discarded");
    try std.io.null_writer.print("{d} {s}", .{ 1, "two" });
    std.debug.print("write returns {d}\n", .{try std.io.null_writer.write("12345")});
    var cw = std.io.countingWriter(std.io.null_writer);
    try cw.writer().writeByteNTimes('x', 100);
    std.debug.print("counted {d}\n", .{cw.bytes_written});
}
