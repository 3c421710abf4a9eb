const std = @import("std");
const math = std.math;

pub fn main() void {
    const r = math.Modf(f64){ .fpart = 0.25, .ipart = 4 };
    std.debug.print("fields: {d} {d}\n", .{ r.ipart, r.fpart });
    std.debug.print("same type: {}\n", .{@TypeOf(math.modf(@as(f64, 1.5))) == math.Modf(f64)});
}
