const std = @import("std");

pub fn main() void {
    std.debug.print("bytes: {}\n", .{std.mem.indexOfMin(u8, "bcdaefa")});
    std.debug.print("ints: {}\n", .{std.mem.indexOfMin(i32, &[_]i32{ 3, -7, 2, -7 })});
    std.debug.print("one: {}\n", .{std.mem.indexOfMin(u8, "z")});
}
