const std = @import("std");

pub fn main() void {
    std.debug.print("all a: {}\n", .{std.mem.allEqual(u8, "aaaa", 'a')});
    std.debug.print("mixed: {}\n", .{std.mem.allEqual(u8, "aaba", 'a')});
    std.debug.print("empty: {}\n", .{std.mem.allEqual(u8, "", 'a')});
    std.debug.print("ints: {}\n", .{std.mem.allEqual(i32, &[_]i32{ -1, -1 }, -1)});
}
