const std = @import("std");

pub fn main() !void {
    std.debug.print("{s}\n", .{@typeName(std.meta.Float(16))});
    std.debug.print("{s}\n", .{@typeName(std.meta.Float(32))});
    std.debug.print("{s}\n", .{@typeName(std.meta.Float(64))});
    const x: std.meta.Float(64) = 1.5;
    std.debug.print("value: {d}\n", .{x * 2});
}
