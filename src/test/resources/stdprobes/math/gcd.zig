const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("12,18: {}\n", .{math.gcd(@as(u32, 12), 18)});
    std.debug.print("17,5: {}\n", .{math.gcd(@as(u32, 17), 5)});
    std.debug.print("0,7: {}\n", .{math.gcd(@as(u64, 0), 7)});
    std.debug.print("comptime: {}\n", .{math.gcd(48, 180)});
}
