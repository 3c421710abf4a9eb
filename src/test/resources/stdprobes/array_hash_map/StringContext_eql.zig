const std = @import("std");

pub fn main() !void {
    const c = std.array_hash_map.StringContext{};
    std.debug.print("abc/abc: {}\n", .{c.eql("abc", "abc", 0)});
    std.debug.print("abc/abd: {}\n", .{c.eql("abc", "abd", 5)});
    std.debug.print("empty: {}\n", .{c.eql("", "", 0)});
}
