const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    var buf: [128]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    const w = fbs.writer();
    try fmt.formatText("abc", "s", .{}, w);
    std.debug.print("s: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.formatText("abc", "s", .{ .width = 6, .alignment = .right }, w);
    std.debug.print("right 6: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.formatText("", "s", .{ .width = 2, .fill = '.' }, w);
    std.debug.print("empty: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
}
