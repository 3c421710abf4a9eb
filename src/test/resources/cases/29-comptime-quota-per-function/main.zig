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
    // 600 + 600 passes: the second evaluation goes past main's 1000 branches
    const x = comptime sum(600);
    const y = comptime sum(600);
    std.debug.print("{d} {d}\n", .{ x, y });
}
