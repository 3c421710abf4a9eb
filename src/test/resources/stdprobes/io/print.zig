const std = @import("std");

pub fn main() !void {
    var buf: [128]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    const w = fbs.writer();
    try w.print("{d} {s} {c} {x}", .{ 42, "str", 'z', 255 });
    try w.print(" [{d:>5}] [{d:0<4}] {d:.2}", .{ 7, 3, 3.14159 });
    try w.print(" {any} {?d} {}", .{ [_]u8{ 1, 2 }, @as(?u8, null), true });
    std.debug.print("{s}\n", .{fbs.getWritten()});
    var small: [4]u8 = undefined;
    var s2 = std.io.fixedBufferStream(&small);
    s2.writer().print("{d}", .{123456}) catch |e| std.debug.print("overflow: {s} \"{s}\"\n", .{ @errorName(e), s2.getWritten() });
}
