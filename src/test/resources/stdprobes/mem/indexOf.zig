const std = @import("std");

pub fn main() void {
    std.debug.print("found: {?}\n", .{std.mem.indexOf(u8, "one two three", "two")});
    std.debug.print("absent: {?}\n", .{std.mem.indexOf(u8, "one two three", "four")});
    std.debug.print("empty needle: {?}\n", .{std.mem.indexOf(u8, "abc", "")});
    std.debug.print("needle longer: {?}\n", .{std.mem.indexOf(u8, "ab", "abc")});
    std.debug.print("repeat: {?}\n", .{std.mem.indexOf(u8, "aaaa", "aa")});
}
