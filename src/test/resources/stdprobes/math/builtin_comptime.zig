const std = @import("std");

// The float builtins at comptime: f64, f32 and comptime_float operands (those whose comptime
// result Zig takes from musl's newer exp/log code are left out).
pub fn main() void {
    inline for (.{ 0.5, 1.0, 2.0, 3.0, 10.0, 100.0, 0.75 }) |c| {
        const d: f64 = c;
        const f: f32 = c;
        std.debug.print("{d}: f64 {e} {e} {e} {e} {e}\n", .{ c, @sin(d), @cos(d), @tan(d), @log10(d), @sqrt(d) });
        std.debug.print("  f32 {e} {e} {e} {e} {e}\n", .{ @sin(f), @cos(f), @tan(f), @log10(f), @sqrt(f) });
        std.debug.print("  comptime_float {e} {e} {e} {e}\n", .{ @floor(c), @round(c), @ceil(c), @trunc(c) });
        std.debug.print("  {d} {d} {d} {d}\n", .{ @divTrunc(d, 0.75), @divFloor(f, 0.75), @mod(d, 0.75), @rem(f, 0.75) });
    }
}
