const std = @import("std");

fn average(xs: []const f64) f64 {
    var total: f64 = 0;
    var count = xs.len;
    for (xs) |x| total += x;
    return total / @as(f64, @floatFromInt(count));
}

pub fn main() void {
    const data = [_]f64{ 2.5, 3.5, 9.0 };
    std.debug.print("avg={d:.2}\n", .{average(&data)});
}
