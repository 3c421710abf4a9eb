const std = @import("std");

pub fn main() !void {
    std.debug.print("[]u8,0: {s}\n", .{@typeName(std.meta.Sentinel([]u8, 0))});
    std.debug.print("[]const u8,0: {s}\n", .{@typeName(std.meta.Sentinel([]const u8, 0))});
    std.debug.print("[*]u16,7: {s}\n", .{@typeName(std.meta.Sentinel([*]u16, 7))});
    std.debug.print("*const [2]u8,0: {s}\n", .{@typeName(std.meta.Sentinel(*const [2]u8, 0))});
}
