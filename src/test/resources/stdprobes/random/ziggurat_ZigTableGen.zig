const std = @import("std");

pub fn main() void {
    const z = std.Random.ziggurat;
    const t = z.NormDist;
    std.debug.print("{d} {d} {d} {d}\n", .{ t.r, t.x[0], t.x[1], t.x[255] });
    std.debug.print("{d} {d} {}\n", .{ t.f[0], t.f[128], t.is_symmetric });
    const e = z.ExpDist;
    std.debug.print("{d} {d} {d} {}\n", .{ e.x[0], e.x[100], e.f[200], e.is_symmetric });
}
