const std = @import("std");

pub fn main() !void {
    std.debug.print("u32: {}\n", .{std.array_hash_map.autoEqlIsCheap(u32)});
    std.debug.print("*u8: {}\n", .{std.array_hash_map.autoEqlIsCheap(*u8)});
    std.debug.print("[4]u8: {}\n", .{std.array_hash_map.autoEqlIsCheap([4]u8)});
    std.debug.print("struct: {}\n", .{std.array_hash_map.autoEqlIsCheap(struct { a: u8 })});
    std.debug.print("enum: {}\n", .{std.array_hash_map.autoEqlIsCheap(enum { a })});
}
