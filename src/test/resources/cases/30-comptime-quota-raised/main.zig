const std = @import("std");

fn sum(n: u64) u64 {
    var s: u64 = 0;
    var i: u64 = 0;
    while (i < n) : (i += 1) s += i;
    return s;
}

fn raised() u64 {
    // one quota for the whole function: both evaluations below use it
    @setEvalBranchQuota(5000);
    const a = comptime sum(2000);
    const b = comptime sum(2000);
    return a + b;
}

pub fn main() void {
    std.debug.print("raised: {d}\n", .{raised()});
}
