const std = @import("std");

const Stats = struct { min: i32, max: i32, mean: i32 };

fn stats(xs: []const i32) Stats {
    var lo: i32 = std.math.maxInt(i32);
    var hi: i32 = std.math.minInt(i32);
    var total: i32 = 0;
    for (xs) |x| {
        lo = @min(lo, x);
        hi = @max(hi, x);
        total += x;
    }
    const count: i32 = @intCast(xs.len);
    return .{ .min = lo, .max = hi, .mean = @divTrunc(total, count) };
}

pub fn main() void {
    const week = [_]i32{ 12, -3, 7, 20, 4 };
    const s = stats(&week);
    std.debug.print("min {d} max {d} mean {d}\n", .{ s.min, s.max, s.mean });
    std.debug.print("rem {d} mod {d}\n", .{ @rem(@as(i32, -7), 3), @mod(@as(i32, -7), 3) });
    const empty: []const i32 = &.{};
    const e = stats(empty);
    std.debug.print("mean {d}\n", .{e.mean});
}
