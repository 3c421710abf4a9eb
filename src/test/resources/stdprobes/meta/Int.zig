const std = @import("std");

pub fn main() !void {
    std.debug.print("{s}\n", .{@typeName(std.meta.Int(.unsigned, 8))});
    std.debug.print("{s}\n", .{@typeName(std.meta.Int(.signed, 3))});
    std.debug.print("{s}\n", .{@typeName(std.meta.Int(.unsigned, 0))});
    const I = std.meta.Int(.signed, 12);
    std.debug.print("max i12: {d}\n", .{std.math.maxInt(I)});
}
