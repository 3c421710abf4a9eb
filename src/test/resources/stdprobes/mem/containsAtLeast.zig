const std = @import("std");

pub fn main() void {
    std.debug.print("2 radars: {}\n", .{std.mem.containsAtLeast(u8, " radar radar ", 2, "radar")});
    std.debug.print("3 radars: {}\n", .{std.mem.containsAtLeast(u8, " radar radar ", 3, "radar")});
    std.debug.print("zero: {}\n", .{std.mem.containsAtLeast(u8, "abc", 0, "x")});
    std.debug.print("overlap: {}\n", .{std.mem.containsAtLeast(u8, "aaa", 2, "aa")});
}
