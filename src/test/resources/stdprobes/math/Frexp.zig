const std = @import("std");
const math = std.math;

pub fn main() void {
    const r = math.Frexp(f32){ .significand = 0.5, .exponent = 3 };
    std.debug.print("fields: {d} {}\n", .{ r.significand, r.exponent });
    std.debug.print("ldexp back: {d}\n", .{math.ldexp(r.significand, r.exponent)});
    std.debug.print("same type: {}\n", .{@TypeOf(math.frexp(@as(f32, 2.0))) == math.Frexp(f32)});
}
