const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    var buf: [128]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    const w = fbs.writer();
    try fmt.formatInt(@as(i32, -255), 16, .lower, .{}, w);
    std.debug.print("hex lower: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.formatInt(@as(u32, 255), 16, .upper, .{ .width = 6, .fill = '0' }, w);
    std.debug.print("hex upper 0-pad: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.formatInt(@as(u8, 5), 2, .lower, .{}, w);
    std.debug.print("binary: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.formatInt(35, 36, .lower, .{}, w);
    std.debug.print("base 36: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.formatInt(@as(i8, -128), 10, .lower, .{ .width = 6, .alignment = .left }, w);
    std.debug.print("min i8 left: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
}
