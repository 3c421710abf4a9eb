const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    var buf: [128]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    const w = fbs.writer();
    try fmt.formatIntValue(@as(i32, -42), "", .{}, w);
    std.debug.print("default: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.formatIntValue(@as(u8, 255), "X", .{ .width = 4, .fill = '0' }, w);
    std.debug.print("X width 4: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.formatIntValue(@as(u8, 'A'), "c", .{}, w);
    std.debug.print("char: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.formatIntValue(@as(u21, 0x263A), "u", .{}, w);
    std.debug.print("codepoint: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.formatIntValue(5, "b", .{}, w);
    std.debug.print("comptime bin: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
}
