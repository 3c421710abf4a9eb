const std = @import("std");

const Stats = struct { min: i32, max: i32 };

fn stats(values: []const i32) Stats {
    var lo = values[0];
    var hi = values[0];
    for (values[1..]) |v| {
        lo = @min(lo, v);
        hi = @max(hi, v);
    }
    return hi - lo;
}

pub fn main() void {
    const s = stats(&.{ 4, -2, 9 });
    std.debug.print("{d} {d}\n", .{ s.min, s.max });
}
