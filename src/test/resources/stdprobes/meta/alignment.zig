const std = @import("std");

pub fn main() !void {
    std.debug.print("u8: {d}\n", .{std.meta.alignment(u8)});
    std.debug.print("u64: {d}\n", .{std.meta.alignment(u64)});
    std.debug.print("*u32: {d}\n", .{std.meta.alignment(*u32)});
    std.debug.print("*align(1) u32: {d}\n", .{std.meta.alignment(*align(1) u32)});
    std.debug.print("[]align(16) u8: {d}\n", .{std.meta.alignment([]align(16) u8)});
}
