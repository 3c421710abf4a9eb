const std = @import("std");

pub fn main() void {
    std.debug.print("found: {?}\n", .{std.mem.indexOfNone(u8, "  abc", " ")});
    std.debug.print("all match: {?}\n", .{std.mem.indexOfNone(u8, "aaa", "a")});
    std.debug.print("no values: {?}\n", .{std.mem.indexOfNone(u8, "abc", "")});
    std.debug.print("empty: {?}\n", .{std.mem.indexOfNone(u8, "", "a")});
}
