const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("10 mod 3: {}\n", .{math.comptimeMod(@as(u32, 10), 3)});
    std.debug.print("-1 mod 4: {}\n", .{math.comptimeMod(@as(i32, -1), 4)});
    std.debug.print("type: {}\n", .{@TypeOf(math.comptimeMod(@as(u32, 10), 3))});
}
