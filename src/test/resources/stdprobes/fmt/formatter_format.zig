const std = @import("std");
const fmt = std.fmt;

fn twice(data: u32, comptime f: []const u8, options: fmt.FormatOptions, writer: anytype) !void {
    try fmt.formatIntValue(data * 2, f, options, writer);
}

pub fn main() !void {
    var buf: [64]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    const f = fmt.Formatter(twice){ .data = 21 };
    try f.format("", .{}, fbs.writer());
    std.debug.print("direct: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try f.format("x", .{ .width = 4, .fill = '0' }, fbs.writer());
    std.debug.print("hex padded: [{s}]\n", .{fbs.getWritten()});
    std.debug.print("via print: [{b}]\n", .{f});
}
