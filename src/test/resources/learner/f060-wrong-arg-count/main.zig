const std = @import("std");

fn clamp(value: i32, lo: i32, hi: i32) i32 {
    if (value < lo) return lo;
    if (value > hi) return hi;
    return value;
}

pub fn main() void {
    const readings = [_]i32{ -20, 5, 140, 99 };
    for (readings) |r| {
        const c = clamp(r, 100);
        std.debug.print("{d} -> {d}\n", .{ r, c });
    }
}
