const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    var buf: [128]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    const w = fbs.writer();
    try fmt.formatFloatHexadecimal(@as(f64, 1.0), .{}, w);
    std.debug.print("1.0: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.formatFloatHexadecimal(@as(f32, -0.5), .{}, w);
    std.debug.print("-0.5: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.formatFloatHexadecimal(@as(f64, 3.0), .{ .precision = 3 }, w);
    std.debug.print("3.0 p3: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.formatFloatHexadecimal(std.math.inf(f64), .{}, w);
    std.debug.print("inf: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
    try fmt.formatFloatHexadecimal(@as(f64, 0.0), .{}, w);
    std.debug.print("zero: [{s}]\n", .{fbs.getWritten()});
    fbs.reset();
}
