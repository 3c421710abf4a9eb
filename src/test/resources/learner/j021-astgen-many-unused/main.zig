const std = @import("std");

fn average(values: []const f64, weights: []const f64) f64 {
    var sum: f64 = 0;
    for (values) |v| sum += v;
    return sum / @as(f64, @floatFromInt(values.len));
}

fn label(score: f64) []const u8 {
    const threshold = 50.0;
    if (score > 90) return "great";
    return "ok";
}

pub fn main() void {
    const scores = [_]f64{ 70, 95.5, 40 };
    var count: usize = scores.len;
    const avg = average(&scores, &.{});
    for (scores, 0..) |s, i| {
        std.debug.print("{s}\n", .{label(s)});
    }
    std.debug.print("{d:.2}\n", .{avg});
}
