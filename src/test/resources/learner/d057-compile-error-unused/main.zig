const std = @import("std");

fn average(xs: []const f64) f64 {
    var sum: f64 = 0;
    const count = xs.len;
    for (xs) |x| sum += x;
    return sum / 3.0;
}

pub fn main() void {
    const data = [_]f64{ 1.5, 2.5, 3.5 };
    std.debug.print("avg {d}\n", .{average(&data)});
}
