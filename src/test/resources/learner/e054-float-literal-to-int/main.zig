const std = @import("std");
pub fn main() void {
    const n: usize = 1e19;
    const m: u128 = 1e18;
    std.debug.print("{d} {d}\n", .{ n, m });
}
