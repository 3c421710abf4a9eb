const std = @import("std");

pub fn main() void {
    std.debug.print("two: {}\n", .{std.mem.count(u8, "one two one", "one")});
    std.debug.print("overlap: {}\n", .{std.mem.count(u8, "aaaa", "aa")});
    std.debug.print("none: {}\n", .{std.mem.count(u8, "abc", "x")});
    std.debug.print("empty hay: {}\n", .{std.mem.count(u8, "", "x")});
}
