const std = @import("std");

pub fn main() void {
    std.debug.print("found: {?}\n", .{std.mem.indexOfAny(u8, "hello world", "ow")});
    std.debug.print("absent: {?}\n", .{std.mem.indexOfAny(u8, "hello", "xyz")});
    std.debug.print("no values: {?}\n", .{std.mem.indexOfAny(u8, "hello", "")});
    std.debug.print("empty: {?}\n", .{std.mem.indexOfAny(u8, "", "a")});
}
