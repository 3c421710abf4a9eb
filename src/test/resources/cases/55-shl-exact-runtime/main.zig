const std = @import("std");
pub fn main() void {
    var a: i8 = 3;
    var n: u3 = 4;
    _ = &a;
    _ = &n;
    std.debug.print("{d}\n", .{@shlExact(a, n)});
    a = -4;
    std.debug.print("{d}\n", .{@shlExact(a, n)});
    var u: u16 = 0x00ff;
    var k: u4 = 8;
    _ = &k;
    u = @shlExact(u, k);
    std.debug.print("{x}\n", .{u});
    a = 9;
    if (a > 0) {
        const r = @shlExact(a, n) + 1;
        std.debug.print("{d}\n", .{r});
    }
}
