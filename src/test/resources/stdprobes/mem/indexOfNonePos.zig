const std = @import("std");

pub fn main() void {
    std.debug.print("from 0: {?}\n", .{std.mem.indexOfNonePos(u8, "ab  cd", 0, "ab")});
    std.debug.print("from 2: {?}\n", .{std.mem.indexOfNonePos(u8, "ab  cd", 2, " ")});
    std.debug.print("none left: {?}\n", .{std.mem.indexOfNonePos(u8, "ab  ", 2, " ")});
    std.debug.print("past end: {?}\n", .{std.mem.indexOfNonePos(u8, "ab", 5, " ")});
}
