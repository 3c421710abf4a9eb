const std = @import("std");

pub fn main() !void {
    std.debug.print("u32: {}\n", .{std.meta.hasUniqueRepresentation(u32)});
    std.debug.print("bool: {}\n", .{std.meta.hasUniqueRepresentation(bool)});
    std.debug.print("u7: {}\n", .{std.meta.hasUniqueRepresentation(u7)});
    std.debug.print("extern {{u8,u32}}: {}\n", .{std.meta.hasUniqueRepresentation(extern struct { a: u8, b: u32 })});
    std.debug.print("[4]u16: {}\n", .{std.meta.hasUniqueRepresentation([4]u16)});
    std.debug.print("[]u8: {}\n", .{std.meta.hasUniqueRepresentation([]u8)});
}
