const std = @import("std");
const fmt = std.fmt;

const Inner = struct { y: u8 };
const P = struct { x: i32, inner: Inner };

pub fn main() !void {
    var buf: [128]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    const w = fbs.writer();
    try fmt.formatType(@as(u8, 200), "x", .{}, w, 3);
    std.debug.print("hex: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.formatType(P{ .x = -1, .inner = .{ .y = 2 } }, "", .{}, w, 3);
    std.debug.print("struct: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.formatType(P{ .x = -1, .inner = .{ .y = 2 } }, "", .{}, w, 1);
    std.debug.print("depth 1: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.formatType(@as(?bool, null), "?", .{ .width = 6 }, w, 3);
    std.debug.print("optional: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.formatType("hi", "s", .{ .width = 4, .alignment = .center, .fill = '*' }, w, 3);
    std.debug.print("string: [{s}]\n", .{fbs.getWritten()});
}
