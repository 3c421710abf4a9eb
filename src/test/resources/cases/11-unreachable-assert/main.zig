const std = @import("std");
const Level = enum { low, high };
fn pick(n: u8) Level {
    return switch (n) {
        0 => .low,
        1 => .high,
        else => unreachable,
    };
}
fn check(ok: bool) void {
    std.debug.assert(ok);
}
pub fn main() void {
    std.debug.print("{s}\n", .{@tagName(pick(1))});
    check(true);
    var x: u8 = 255;
    _ = &x;
    const y: u16 = x;
    std.debug.print("{d}\n", .{y + 1});
    check(false);
}
