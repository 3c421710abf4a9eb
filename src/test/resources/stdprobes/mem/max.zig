const std = @import("std");

pub fn main() void {
    std.debug.print("bytes: {}\n", .{std.mem.max(u8, "abcdefg")});
    std.debug.print("ints: {}\n", .{std.mem.max(i32, &[_]i32{ 3, -7, 2 })});
    std.debug.print("one: {}\n", .{std.mem.max(u8, "z")});
    std.debug.print("floats: {d}\n", .{std.mem.max(f64, &[_]f64{ 2.5, 1.25 })});
}
