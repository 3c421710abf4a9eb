const std = @import("std");
const Small = error{ A, B };
const Big = error{ A, B, C };
fn f(x: u8) Big!u8 {
    return switch (x) { 0 => error.A, 1 => error.C, else => x };
}
fn g(x: u8) Small!u8 {
    return @errorCast(f(x));
}
pub fn main() void {
    std.debug.print("{any}\n", .{g(0)});
    std.debug.print("{any}\n", .{g(5)});
    const e: Big = error.B;
    const s: Small = @errorCast(e);
    std.debug.print("{}\n", .{s});
    std.debug.print("{any}\n", .{g(1)});
}
