const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("300 to u8: {?}\n", .{math.cast(u8, @as(u32, 300))});
    std.debug.print("255 to u8: {?}\n", .{math.cast(u8, @as(u32, 255))});
    std.debug.print("-1 to u32: {?}\n", .{math.cast(u32, @as(i32, -1))});
    std.debug.print("-128 to i8: {?}\n", .{math.cast(i8, @as(i64, -128))});
    std.debug.print("comptime 5: {?}\n", .{math.cast(u4, 5)});
}
