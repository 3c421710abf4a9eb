const std = @import("std");

pub fn main() void {
    std.debug.print("u8 128: {}\n", .{std.mem.isValidAlignGeneric(u8, 128)});
    std.debug.print("u8 0: {}\n", .{std.mem.isValidAlignGeneric(u8, 0)});
    std.debug.print("u32 6: {}\n", .{std.mem.isValidAlignGeneric(u32, 6)});
    std.debug.print("u64 4096: {}\n", .{std.mem.isValidAlignGeneric(u64, 4096)});
}
