const std = @import("std");
pub fn main() void {
    var a = [_]u8{ 1, 2, 3 };
    a[0] = 5;
    for (a) |*p| p.* *= 2;
    std.debug.print("{any}\n", .{a});
}
