const std = @import("std");

pub fn main() !void {
    var cw = std.io.countingWriter(std.io.null_writer);
    try cw.writer().writeAll("12345");
    std.debug.print("counted: {d}\n", .{cw.bytes_written});
    try cw.writer().print("{d}", .{1000});
    std.debug.print("counted: {d}\n", .{cw.bytes_written});
}
