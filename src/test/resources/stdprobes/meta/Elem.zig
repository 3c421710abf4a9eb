const std = @import("std");

pub fn main() !void {
    std.debug.print("[4]u16: {s}\n", .{@typeName(std.meta.Elem([4]u16))});
    std.debug.print("*[3]i8: {s}\n", .{@typeName(std.meta.Elem(*[3]i8))});
    std.debug.print("[]const u8: {s}\n", .{@typeName(std.meta.Elem([]const u8))});
    std.debug.print("[*:0]u8: {s}\n", .{@typeName(std.meta.Elem([*:0]u8))});
}
