const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    var b: [16]u8 = undefined;
    std.debug.print("fits: [{s}]\n", .{try fmt.bufPrint(&b, "x={} y={s}", .{ 42, "ok" })});
    std.debug.print("exact: [{s}]\n", .{try fmt.bufPrint(b[0..3], "{d}", .{123})});
    std.debug.print("too small: {any}\n", .{fmt.bufPrint(b[0..3], "{d}", .{1234})});
    std.debug.print("empty: [{s}]\n", .{try fmt.bufPrint(b[0..0], "", .{})});
}
