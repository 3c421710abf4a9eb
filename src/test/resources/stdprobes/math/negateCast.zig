const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("u32 5: {!}\n", .{math.negateCast(@as(u32, 5))});
    std.debug.print("u8 128: {!}\n", .{math.negateCast(@as(u8, 128))});
    std.debug.print("u8 129: {!}\n", .{math.negateCast(@as(u8, 129))});
    std.debug.print("u64 0: {!}\n", .{math.negateCast(@as(u64, 0))});
}
