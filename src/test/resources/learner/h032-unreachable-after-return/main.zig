const std = @import("std");

fn find(haystack: []const u8, needle: u8) ?usize {
    for (haystack, 0..) |c, i| {
        if (c == needle) return i;
    }
    return null;
    std.debug.print("not found\n", .{});
}

pub fn main() void {
    std.debug.print("{?d}\n", .{find("hello", 'l')});
}
