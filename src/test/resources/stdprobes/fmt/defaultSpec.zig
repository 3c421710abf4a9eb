const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    std.debug.print("i32: [{s}]\n", .{comptime fmt.defaultSpec(i32)});
    std.debug.print("[]u8: [{s}]\n", .{comptime fmt.defaultSpec([]const u8)});
    std.debug.print("[*]u8: [{s}]\n", .{comptime fmt.defaultSpec([*]u8)});
    std.debug.print("?[]u8: [{s}]\n", .{comptime fmt.defaultSpec(?[]u8)});
    std.debug.print("!*[3]u8: [{s}]\n", .{comptime fmt.defaultSpec(anyerror!*[3]u8)});
}
