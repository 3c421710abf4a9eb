const std = @import("std");

fn factorial(n: u8) ?u32 {
    var acc: u32 = 1;
    var i: u32 = 2;
    while (i <= n) : (i += 1) {
        const r = @mulWithOverflow(acc, i);
        if (r[1] != 0) return null;
        acc = r[0];
    }
    return acc;
}

fn sumChecked(xs: []const u16) error{Overflow}!u16 {
    var s: u16 = 0;
    for (xs) |x| {
        const r, const ov = @addWithOverflow(s, x);
        if (ov == 1) return error.Overflow;
        s = r;
    }
    return s;
}

pub fn main() !void {
    for ([_]u8{ 5, 12, 13 }) |n| {
        if (factorial(n)) |f| std.debug.print("{d}! = {d}\n", .{ n, f }) else std.debug.print("{d}! overflows u32\n", .{n});
    }
    std.debug.print("sum {d}\n", .{try sumChecked(&.{ 1000, 2000, 30000 })});
    const sub = @subWithOverflow(@as(u8, 3), 5);
    std.debug.print("3-5 as u8: {d} overflow={d}\n", .{ sub[0], sub[1] });
    const wrapped: i16 = @bitCast(@as(u16, 40000));
    std.debug.print("40000 as i16 bits: {d}\n", .{wrapped});
    std.debug.print("sum {d}\n", .{try sumChecked(&.{ 40000, 30000 })});
}
