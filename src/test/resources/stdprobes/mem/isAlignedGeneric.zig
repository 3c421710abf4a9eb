const std = @import("std");

pub fn main() void {
    std.debug.print("u8 16 by 8: {}\n", .{std.mem.isAlignedGeneric(u8, 16, 8)});
    std.debug.print("u32 12 by 8: {}\n", .{std.mem.isAlignedGeneric(u32, 12, 8)});
    std.debug.print("u64 4096 by 4096: {}\n", .{std.mem.isAlignedGeneric(u64, 4096, 4096)});
}
