const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("1: {}\n", .{math.log10_int(@as(u32, 1))});
    std.debug.print("99: {}\n", .{math.log10_int(@as(u32, 99))});
    std.debug.print("100: {}\n", .{math.log10_int(@as(u64, 100))});
    std.debug.print("max u8: {}\n", .{math.log10_int(@as(u8, 255))});
}
