const std = @import("std");
const math = std.math;

pub fn main() void {
    const a = math.modf(@as(f64, 3.75));
    std.debug.print("3.75: {d} {d}\n", .{ a.ipart, a.fpart });
    const b = math.modf(@as(f32, -2.5));
    std.debug.print("-2.5: {d} {d}\n", .{ b.ipart, b.fpart });
    const c = math.modf(@as(f64, 7.0));
    std.debug.print("7: {d} {d}\n", .{ c.ipart, c.fpart });
}
