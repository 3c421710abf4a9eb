const std = @import("std");
fn f(x: u8) !u8 {
    if (x == 1) return error.Bad;
    return x;
}
fn g(x: u8) ?u8 {
    if (x == 1) return null;
    return x;
}
pub fn main() void {
    const v = (f(1) catch unreachable) + 1;
    std.debug.print("{d}\n", .{v});
}
