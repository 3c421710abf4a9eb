const std = @import("std");

pub fn main() !void {
    std.debug.print("[:0]u8: {any}\n", .{std.meta.sentinel([:0]u8)});
    std.debug.print("[]u8: {any}\n", .{std.meta.sentinel([]u8)});
    std.debug.print("[3:9]u8: {any}\n", .{std.meta.sentinel([3:9]u8)});
    std.debug.print("*const [5:0]u8: {any}\n", .{std.meta.sentinel(*const [5:0]u8)});
}
