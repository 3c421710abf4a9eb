const std = @import("std");

// Comptime @exp, @exp2, @log, @log2, @log10 of f64, f32 and f16 constants (Zig's compiler takes
// them from its libc and compiler-rt, which differ from run time in a few last bits and NaN signs).
pub fn main() void {
    inline for (.{ 0.5, 1.0, 2.0, 3.0, 10.0, 100.0, 0.75, 1e-5, 123.456, -2.5, -700.0, 700.0, 88.0, -100.0, 1e-310, 5e-324, 0.0, 0.1, 0.2, 0.3, 1.5, 2.5, 7.25, 15.5, 31.0, 64.0, 1000.0, 1e10, 1e100, 1e300, 6.02e23, 1.602e-19, 2.718281828459045, 3.141592653589793, -0.5, -1.0, -20.0 }) |c| {
        const d: f64 = c;
        const f: f32 = c;
        const h: f16 = c;
        std.debug.print("{e}: {e} {e} {e} {e} {e}\n", .{ d, @exp(d), @exp2(d), @log(d), @log2(d), @log10(d) });
        std.debug.print("  {e} {e} {e} {e} {e}\n", .{ @exp(f), @exp2(f), @log(f), @log2(f), @log10(f) });
        std.debug.print("  {e} {e} {e} {e} {e}\n", .{ @exp(h), @exp2(h), @log(h), @log2(h), @log10(h) });
    }
}
