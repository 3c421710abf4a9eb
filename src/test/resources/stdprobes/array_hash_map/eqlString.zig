const std = @import("std");

pub fn main() !void {
    std.debug.print("same: {}\n", .{std.array_hash_map.eqlString("heap", "heap")});
    std.debug.print("case: {}\n", .{std.array_hash_map.eqlString("Heap", "heap")});
    std.debug.print("empty: {}\n", .{std.array_hash_map.eqlString("", "")});
    std.debug.print("prefix: {}\n", .{std.array_hash_map.eqlString("he", "heap")});
}
