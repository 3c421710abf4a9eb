const std = @import("std");

fn sumOfSquares(n: usize) u64 {
    // 32 MiB of locals: twice the 16 MiB a thread's stack has
    var table: [4 * 1024 * 1024]u64 = undefined;
    for (table[0..n], 0..) |*t, i| t.* = i * i;
    var sum: u64 = 0;
    for (table[0..n]) |t| sum += t;
    return sum;
}

pub fn main() void {
    const small: [4]u64 = .{ 1, 2, 3, 4 };
    std.debug.print("small array: {d} bytes on the stack\n", .{@sizeOf(@TypeOf(small))});
    std.debug.print("sum: {d}\n", .{sumOfSquares(1000)});
}
