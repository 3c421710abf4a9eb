const std = @import("std");
fn sum(n: u64) u64 {
    var s: u64 = 0;
    var i: u64 = 0;
    while (i < n) : (i += 1) s += i;
    return s;
}
pub fn main() void {
    var t: u64 = 0;
    inline for (0..10) |k| {
        t += comptime sum(300 + k);
    }
    std.debug.print("{d}\n", .{t});
}
