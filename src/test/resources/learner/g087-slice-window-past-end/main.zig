const std = @import("std");

fn window(data: []const i32, start: usize, len: usize) []const i32 {
    return data[start .. start + len];
}

pub fn main() void {
    const readings = [_]i32{ 5, 8, 13, 21, 34, 55 };
    var best_sum: i32 = 0;
    var best_at: usize = 0;
    var i: usize = 0;
    while (i + 3 <= readings.len) : (i += 1) {
        var s: i32 = 0;
        for (window(&readings, i, 3)) |v| s += v;
        if (s > best_sum) {
            best_sum = s;
            best_at = i;
        }
    }
    std.debug.print("best window at {d}: {any} sum {d}\n", .{ best_at, window(&readings, best_at, 3), best_sum });
    std.debug.print("{any}\n", .{window(&readings, 4, 3)});
}
