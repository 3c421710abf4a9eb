const std = @import("std");

// Pixel values are stored scaled by 8; unscaling must not lose bits.
fn unscale(v: u16) u16 {
    return @shrExact(v, 3);
}

pub fn main() void {
    const comptime_ok = @shrExact(@as(u8, 0b1010_0000), 5);
    std.debug.print("comptime {d}\n", .{comptime_ok});
    const neg: i16 = -64;
    std.debug.print("signed {d}\n", .{@shrExact(neg, 4)});
    const stored = [_]u16{ 8, 64, 800, 1000, 1001 };
    for (stored) |s| {
        std.debug.print("{d} -> {d}\n", .{ s, unscale(s) });
    }
}
