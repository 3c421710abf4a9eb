const std = @import("std");

fn average(xs: []const u32) f64 {
    var sum: u32 = 0;
    for (xs) |x| sum += x;
    return sum / xs.len;
}

pub fn main() void {
    const scores = [_]u32{ 70, 85, 90 };
    std.debug.print("average {d}\n", .{average(&scores)});
}
