const std = @import("std");

pub fn main() void {
    std.debug.print("base->Zig: {}\n", .{std.mem.replacementSize(u8, "All your base are belong to us", "base", "Zig")});
    std.debug.print("none: {}\n", .{std.mem.replacementSize(u8, "abc", "x", "yyy")});
    std.debug.print("empty input: {}\n", .{std.mem.replacementSize(u8, "", "x", "yyy")});
    std.debug.print("grow: {}\n", .{std.mem.replacementSize(u8, "aaa", "a", "bb")});
}
