const std = @import("std");

pub fn main() !void {
    std.debug.print("[4]u16: {s}\n", .{@typeName(std.meta.Child([4]u16))});
    std.debug.print("*i32: {s}\n", .{@typeName(std.meta.Child(*i32))});
    std.debug.print("[]const u8: {s}\n", .{@typeName(std.meta.Child([]const u8))});
    std.debug.print("?bool: {s}\n", .{@typeName(std.meta.Child(?bool))});
}
