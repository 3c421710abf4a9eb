const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    var buf: [128]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    const w = fbs.writer();
    try fmt.formatUnicodeCodepoint(0x41, .{}, w);
    std.debug.print("ascii: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.formatUnicodeCodepoint(0x20AC, .{}, w);
    std.debug.print("euro: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.formatUnicodeCodepoint(0xD800, .{}, w);
    std.debug.print("surrogate: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.formatUnicodeCodepoint(0x1F600, .{ .width = 3, .fill = '-' }, w);
    std.debug.print("emoji width 3: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
}
