const std = @import("std");

// Multiplying two large u128 values overflows: Debug builds panic.
fn power(base: u128, exp: u32) u128 {
    var result: u128 = 1;
    var i: u32 = 0;
    while (i < exp) : (i += 1) {
        result = result * base;
        std.debug.print("{d}^{d} = {d}\n", .{ base, i + 1, result });
    }
    return result;
}

pub fn main() void {
    const wrapped = @as(u128, std.math.maxInt(u128)) *% 3;
    std.debug.print("wrapping: {d}\n", .{wrapped});
    const saturated = @as(u128, std.math.maxInt(u128) / 2) *| 3;
    std.debug.print("saturating: {d}\n", .{saturated});
    const r = @mulWithOverflow(@as(u128, 1) << 100, @as(u128, 1) << 30);
    std.debug.print("with overflow: {d} bit {d}\n", .{ r[0], r[1] });
    _ = power(1_000_000_000_000, 4);
}
