const std = @import("std");

pub fn main() void {
    std.debug.print("bytes: {}\n", .{std.mem.indexOfMax(u8, "abzcz")});
    std.debug.print("ints: {}\n", .{std.mem.indexOfMax(i32, &[_]i32{ 3, -7, 9, 2 })});
    std.debug.print("one: {}\n", .{std.mem.indexOfMax(u8, "z")});
}
