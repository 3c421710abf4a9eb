const std = @import("std");

pub fn main() !void {
    std.debug.print("abc/abc: {}\n", .{std.static_string_map.defaultEql("abc", "abc")});
    std.debug.print("abc/abd: {}\n", .{std.static_string_map.defaultEql("abc", "abd")});
    std.debug.print("abc/ABC: {}\n", .{std.static_string_map.defaultEql("abc", "ABC")});
    std.debug.print("empty: {}\n", .{std.static_string_map.defaultEql("", "")});
}
