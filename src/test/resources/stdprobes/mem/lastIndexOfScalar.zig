const std = @import("std");

pub fn main() void {
    std.debug.print("found: {?}\n", .{std.mem.lastIndexOfScalar(u8, "hello", 'l')});
    std.debug.print("absent: {?}\n", .{std.mem.lastIndexOfScalar(u8, "hello", 'z')});
    std.debug.print("empty: {?}\n", .{std.mem.lastIndexOfScalar(u8, "", 'a')});
    std.debug.print("first char: {?}\n", .{std.mem.lastIndexOfScalar(u8, "hxxx", 'h')});
}
