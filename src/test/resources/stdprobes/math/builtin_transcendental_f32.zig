const std = @import("std");

// Run-time @sin, @cos, @tan, @exp, @exp2, @log, @log2, @log10, @sqrt of f32 over a spread of inputs.
const inputs = [_]f32{ 0.0, -0.0, 1e-40, 1e-30, 1e-20, 0.1, 0.5, 0.78539816, 1.0, 1.5, 2.0, 3.0, 3.1415927, 4.5, 7.0, 10.0, 33.3, 100.0, 88.5, 1e6, 1e22, 3e38, -0.1, -1.0, -2.5, -100.0, -103.5 };

pub fn main() void {
    var xs = inputs;
    _ = &xs;
    for (xs) |x| {
        std.debug.print("{e}: sin {e} cos {e} tan {e}\n", .{ x, @sin(x), @cos(x), @tan(x) });
        std.debug.print("  exp {e} exp2 {e} log {e} log2 {e} log10 {e} sqrt {e}\n", .{ @exp(x), @exp2(x), @log(x), @log2(x), @log10(x), @sqrt(x) });
    }
    var specials = [_]f32{ std.math.inf(f32), -std.math.inf(f32), std.math.nan(f32) };
    _ = &specials;
    for (specials) |x| {
        std.debug.print("{d}: {d} {d} {d} {d} {d} {d} {d} {d} {d}\n", .{ x, @sin(x), @cos(x), @tan(x), @exp(x), @exp2(x), @log(x), @log2(x), @log10(x), @sqrt(x) });
    }
}
