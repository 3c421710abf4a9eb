const std = @import("std");

pub fn main() void {
    std.debug.print("lt: {}\n", .{std.mem.order(u8, "abcd", "bee")});
    std.debug.print("eq: {}\n", .{std.mem.order(u8, "abc", "abc")});
    std.debug.print("prefix: {}\n", .{std.mem.order(u8, "abc0", "abc")});
    std.debug.print("empty: {}\n", .{std.mem.order(u8, "", "")});
    std.debug.print("ints: {s}\n", .{@tagName(std.mem.order(i32, &[_]i32{ 1, -5 }, &[_]i32{ 1, -6 }))});
}
