const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    var buf: [128]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    const w = fbs.writer();
    try fmt.formatAsciiChar('A', .{}, w);
    std.debug.print("A: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.formatAsciiChar('z', .{ .width = 3 }, w);
    std.debug.print("width 3: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.formatAsciiChar('#', .{ .width = 3, .alignment = .left, .fill = '_' }, w);
    std.debug.print("left fill: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
}
