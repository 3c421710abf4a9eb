const std = @import("std");

pub fn main() void {
    std.debug.print("found: {?}\n", .{std.mem.lastIndexOf(u8, "one two one", "one")});
    std.debug.print("absent: {?}\n", .{std.mem.lastIndexOf(u8, "one two", "four")});
    std.debug.print("empty needle: {?}\n", .{std.mem.lastIndexOf(u8, "abc", "")});
    std.debug.print("long: {?}\n", .{std.mem.lastIndexOf(u8, "xxabcdefghabcdefghxx", "abcdefgh")});
    std.debug.print("needle longer: {?}\n", .{std.mem.lastIndexOf(u8, "ab", "abc")});
}
