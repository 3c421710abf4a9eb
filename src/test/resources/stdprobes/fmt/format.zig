const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    var buf: [128]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    const w = fbs.writer();
    try fmt.format(w, "{} {d} {x}", .{ 10, -3, 255 });
    std.debug.print("ints: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.format(w, "{s}|{s:>5}|{s:-<4}", .{ "a", "bc", "d" });
    std.debug.print("strings: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.format(w, "{1} {0} {1}", .{ 'x', 'y' });
    std.debug.print("positional: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.format(w, "{[n]}={[v]d:.2}", .{ .n = 1, .v = 2.5 });
    std.debug.print("named: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.format(w, "{{}} {{{}}}", .{7});
    std.debug.print("escaped braces: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.format(w, "{d:[1]}|", .{ 42, 6 });
    std.debug.print("width from arg: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    var small = std.io.fixedBufferStream(buf[0..3]);
    const e = fmt.format(small.writer(), "{s}", .{"overflow"});
    std.debug.print("partial: [{s}]\n", .{small.getWritten()});
    std.debug.print("too small: {any}\n", .{e});
}
