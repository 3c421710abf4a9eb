const std = @import("std");

fn fillZeros(buf: []u8) void {
    @memset(buf, 0);
}

fn sum(xs: []const u8) u32 {
    var s: u32 = 0;
    for (xs) |x| s += x;
    return s;
}

pub fn main() void {
    const data = [_]u8{ 1, 2, 3, 4 };
    std.debug.print("sum {d}\n", .{sum(&data)});
    fillZeros(&data);
    std.debug.print("sum {d}\n", .{sum(&data)});
}
