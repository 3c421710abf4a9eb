const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    var buf: [128]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    const w = fbs.writer();
    try fmt.formatBuf("abc", .{}, w);
    std.debug.print("plain: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.formatBuf("abc", .{ .width = 7, .alignment = .center, .fill = '*' }, w);
    std.debug.print("center 7: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.formatBuf("abcdef", .{ .width = 3 }, w);
    std.debug.print("width less: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.formatBuf("é", .{ .width = 3, .alignment = .left, .fill = 0x2500 }, w);
    std.debug.print("utf8 fill: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
}
