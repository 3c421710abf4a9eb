const std = @import("std");

pub fn main() void {
    std.debug.print("found: {?}\n", .{std.mem.lastIndexOfAny(u8, "hello world", "ol")});
    std.debug.print("absent: {?}\n", .{std.mem.lastIndexOfAny(u8, "hello", "xyz")});
    std.debug.print("no values: {?}\n", .{std.mem.lastIndexOfAny(u8, "hello", "")});
    std.debug.print("empty: {?}\n", .{std.mem.lastIndexOfAny(u8, "", "a")});
}
