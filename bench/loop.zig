//! 200,000,000 iterations of integer arithmetic on locals.
const std = @import("std");

pub fn main() void {
    var sum: u64 = 0;
    var i: u64 = 0;
    while (i < 200_000_000) : (i += 1) {
        sum +%= (i * 3) ^ (i >> 2);
    }
    std.debug.print("{d}\n", .{sum});
}
