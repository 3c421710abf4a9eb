const std = @import("std");

const Stats = struct {
    count: u32,
    sum: u64,
    max: u16,
};

pub fn main() void {
    var totals: [4]u32 = undefined;
    totals[0] = 10;
    totals[1] = 20;
    std.debug.print("{d} {d}\n", .{ totals[0], totals[1] });
    std.debug.print("forgot: {d} {x}\n", .{ totals[2], totals[3] });
    var s: Stats = undefined;
    s.count = 3;
    std.debug.print("count {d} sum {d} max {d}\n", .{ s.count, s.sum, s.max });
    var flag: bool = undefined;
    _ = &flag;
    var bytes: [3]u8 = undefined;
    _ = &bytes;
    std.debug.print("{any}\n", .{bytes});
    var avg: u32 = 0;
    for (totals) |t| avg += t;
    std.debug.print("avg {d}\n", .{avg / 4});
}
