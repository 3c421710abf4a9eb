const std = @import("std");

pub fn main() !void {
    std.debug.print("empty: {d}\n", .{std.array_hash_map.hashString("")});
    std.debug.print("heap: {d}\n", .{std.array_hash_map.hashString("heap")});
    std.debug.print("heap again equal: {}\n", .{std.array_hash_map.hashString("heap") == std.array_hash_map.hashString("heap")});
    std.debug.print("Heap: {d}\n", .{std.array_hash_map.hashString("Heap")});
}
