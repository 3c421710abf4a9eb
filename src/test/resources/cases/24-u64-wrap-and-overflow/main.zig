const std = @import("std");
pub fn main() void {
    var a: u64 = std.math.maxInt(u64) - 1;
    var b: usize = 3;
    var c: i64 = -5;
    _ = .{ &a, &b, &c };
    std.debug.print("{d} {d} {d} {d}\n", .{ a +% b, b -% 5, a *% b, a >> @intCast(b) });
    std.debug.print("{d} {d}\n", .{ c *% 3, c -% 1 });
    std.debug.print("{d}\n", .{b - 4});
}
