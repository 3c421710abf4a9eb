const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("1 < 2: {}\n", .{math.compare(1, .lt, 2)});
    std.debug.print("-1 < u8 0: {}\n", .{math.compare(@as(i8, -1), .lt, @as(u8, 0))});
    std.debug.print("5 == 5.0: {}\n", .{math.compare(@as(f64, 5.0), .eq, 5)});
    std.debug.print("3 >= 4: {}\n", .{math.compare(3, .gte, 4)});
}
