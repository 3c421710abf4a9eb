const std = @import("std");

pub fn main() !void {
    std.debug.print("abc/ABC: {}\n", .{std.static_string_map.eqlAsciiIgnoreCase("abc", "ABC")});
    std.debug.print("aBc/AbD: {}\n", .{std.static_string_map.eqlAsciiIgnoreCase("aBc", "AbD")});
    std.debug.print("empty: {}\n", .{std.static_string_map.eqlAsciiIgnoreCase("", "")});
}
