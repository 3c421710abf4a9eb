const std = @import("std.zig");

pub fn maxInt(comptime T: type) comptime_int {
    return @hl_maxInt(T);
}

pub fn minInt(comptime T: type) comptime_int {
    return @hl_minInt(T);
}

pub fn isPowerOfTwo(v: anytype) bool {
    std.debug.assert(v > 0);
    return (v & (v - 1)) == 0;
}

/// The smallest power of two not less than `value`, or Overflow when `T` cannot hold it.
pub fn ceilPowerOfTwo(comptime T: type, value: T) error{Overflow}!T {
    if (value <= 1) return 1;
    var p: T = 1;
    while (p < value) {
        if (p > maxInt(T) / 2) return error.Overflow;
        p *= 2;
    }
    return p;
}

/// The smallest power of two not less than `value`; asserts that it fits.
pub fn ceilPowerOfTwoAssert(comptime T: type, value: T) T {
    return ceilPowerOfTwo(T, value) catch unreachable;
}

pub fn log2(x: anytype) @TypeOf(x) {
    return @hl_log2(x);
}

pub fn mul(comptime T: type, a: T, b: T) error{Overflow}!T {
    const ov = @mulWithOverflow(a, b);
    if (ov[1] != 0) return error.Overflow;
    return ov[0];
}

pub fn add(comptime T: type, a: T, b: T) error{Overflow}!T {
    const ov = @addWithOverflow(a, b);
    if (ov[1] != 0) return error.Overflow;
    return ov[0];
}

pub fn sub(comptime T: type, a: T, b: T) error{Overflow}!T {
    const ov = @subWithOverflow(a, b);
    if (ov[1] != 0) return error.Overflow;
    return ov[0];
}

pub fn cast(comptime T: type, x: anytype) ?T {
    if (x < minInt(T) or x > maxInt(T)) return null;
    return @intCast(x);
}

pub fn rotl(comptime T: type, x: T, r: anytype) T {
    return @hl_rotl(x, r);
}

pub fn rotr(comptime T: type, x: T, r: anytype) T {
    return @hl_rotr(x, r);
}

pub fn divCeil(comptime T: type, numerator: T, denominator: T) !T {
    return @divFloor(numerator + denominator - 1, denominator);
}

pub const Order = enum { gt, lt, eq };

pub fn order(a: anytype, b: anytype) Order {
    if (a == b) return .eq;
    if (a < b) return .lt;
    return .gt;
}

pub fn clamp(val: anytype, lower: anytype, upper: anytype) @TypeOf(val, lower, upper) {
    return @max(lower, @min(val, upper));
}
