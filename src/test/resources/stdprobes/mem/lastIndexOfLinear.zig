const std = @import("std");

pub fn main() void {
    std.debug.print("found: {?}\n", .{std.mem.lastIndexOfLinear(u8, "one two one", "one")});
    std.debug.print("absent: {?}\n", .{std.mem.lastIndexOfLinear(u8, "one two", "four")});
    std.debug.print("empty needle: {?}\n", .{std.mem.lastIndexOfLinear(u8, "abc", "")});
    std.debug.print("needle longer: {?}\n", .{std.mem.lastIndexOfLinear(u8, "ab", "abc")});
}
