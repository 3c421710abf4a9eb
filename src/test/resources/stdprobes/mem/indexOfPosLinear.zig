const std = @import("std");

pub fn main() void {
    std.debug.print("from 0: {?}\n", .{std.mem.indexOfPosLinear(u8, "abab", 0, "ab")});
    std.debug.print("from 1: {?}\n", .{std.mem.indexOfPosLinear(u8, "abab", 1, "ab")});
    std.debug.print("from 3: {?}\n", .{std.mem.indexOfPosLinear(u8, "abab", 3, "ab")});
    std.debug.print("empty needle: {?}\n", .{std.mem.indexOfPosLinear(u8, "abab", 2, "")});
}
