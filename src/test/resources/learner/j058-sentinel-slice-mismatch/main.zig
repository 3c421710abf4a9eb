const std = @import("std");

pub fn main() void {
    var buf = [_]u8{ 'z', 'i', 'g', 0, 'x', 'y' };
    var n: usize = 3;
    _ = &n;
    const s: [:0]const u8 = buf[0..n :0];
    std.debug.print("{s} {d}\n", .{ s, s.len });
    n += 1;
    const t: [:0]const u8 = buf[0..n :0];
    std.debug.print("{s}\n", .{t});
}
