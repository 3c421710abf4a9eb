const std = @import("std");

pub fn main() !void {
    const c = std.array_hash_map.StringContext{};
    std.debug.print("abc: {d}\n", .{c.hash("abc")});
    std.debug.print("matches hashString: {}\n", .{c.hash("abc") == std.array_hash_map.hashString("abc")});
    std.debug.print("empty: {d}\n", .{c.hash("")});
}
