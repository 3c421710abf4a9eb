const std = @import("std");

pub fn main() void {
    std.debug.print("from 0: {?}\n", .{std.mem.indexOfPos(u8, "abab", 0, "ab")});
    std.debug.print("from 1: {?}\n", .{std.mem.indexOfPos(u8, "abab", 1, "ab")});
    std.debug.print("from 3: {?}\n", .{std.mem.indexOfPos(u8, "abab", 3, "ab")});
    std.debug.print("long: {?}\n", .{std.mem.indexOfPos(u8, "0123456789abcdef0123456789abcdef", 1, "0123456789")});
    std.debug.print("past end: {?}\n", .{std.mem.indexOfPos(u8, "ab", 5, "a")});
}
