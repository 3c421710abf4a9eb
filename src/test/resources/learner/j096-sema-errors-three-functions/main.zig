const std = @import("std");
fn a() u8 {
    const x: u16 = 300;
    return x;
}
fn b() []u8 {
    return "hello";
}
fn c(v: ?u8) u8 {
    return v + 1;
}
pub fn main() void {
    std.debug.print("{d} {s} {d}\n", .{ a(), b(), c(3) });
    var unused_but_fine: u8 = 0;
    unused_but_fine = 1;
}
