const std = @import("std");
pub fn main() void {
    var b: i32 = -2;
    _ = &b;
    var w: i128 = -3;
    _ = &w;
    std.debug.print("{d} {d} {d} {d}\n", .{ @mod(7, b), @rem(7, b), @mod(@as(i128, 7), w), @rem(@as(i128, -7), w) });
    b = 0;
    std.debug.print("{d}\n", .{@mod(7, b)});
}
