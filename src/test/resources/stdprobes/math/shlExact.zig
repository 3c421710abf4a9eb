const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("1<<7 u8: {!}\n", .{math.shlExact(u8, 1, 7)});
    std.debug.print("3<<7 u8: {!}\n", .{math.shlExact(u8, 3, 7)});
    std.debug.print("i8 1<<6: {!}\n", .{math.shlExact(i8, 1, 6)});
    std.debug.print("i8 1<<7: {!}\n", .{math.shlExact(i8, 1, 7)});
}
