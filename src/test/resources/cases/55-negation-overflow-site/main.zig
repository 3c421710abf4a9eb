const std = @import("std");
fn f(x: i8) i8 {
    return x;
}
pub fn main() void {
    var m: i8 = -128;
    _ = &m;
    var k: i8 = 1;
    k = 2 + -k;
    k = f(1) + f(-k) - 1;
    std.debug.print("{d}\n", .{k});
    std.debug.print("{d}\n", .{f(-m)});
}
