const std = @import("std");

fn normalize(scores: []const f32) void {
    var max: f32 = 0;
    for (scores) |s| max = @max(max, s);
    for (scores) |*s| s.* /= max;
}

pub fn main() void {
    var scores = [_]f32{ 2, 4, 8 };
    normalize(&scores);
    std.debug.print("{any}\n", .{scores});
}
