//! NaN tests, after Zig 0.14's `lib/std/math/isnan.zig`.

const std = @import("../std.zig");
const math = std.math;
const meta = std.meta;

pub fn isNan(x: anytype) bool {
    return x != x;
}

pub fn isSignalNan(x: anytype) bool {
    const T = @TypeOf(x);
    const U = meta.Int(.unsigned, @bitSizeOf(T));
    const quiet_signal_bit_mask = 1 << (math.floatFractionalBits(T) - 1);
    return isNan(x) and (@as(U, @bitCast(x)) & quiet_signal_bit_mask == 0);
}
