const std = @import("std");

fn minMax(xs: []const i32) struct { i32, i32 } {
    var lo = xs[0];
    var hi = xs[0];
    for (xs[1..]) |x| {
        if (x < lo) lo = x;
        if (x > hi) hi = x;
    }
    return .{ lo, hi };
}

fn divmod(a: u32, b: u32) struct { u32, u32 } {
    return .{ a / b, a % b };
}

pub fn main() void {
    const a, const b = .{ 1, 2 };
    std.debug.print("a={d} b={d}\n", .{ a, b });

    const data = [_]i32{ 4, -9, 17, 3, 0, 17, -2 };
    const lo, const hi = minMax(&data);
    std.debug.print("min {d} max {d} range {d}\n", .{ lo, hi, hi - lo });

    var x: i32 = 10;
    var y: i32 = 20;
    x, y = .{ y, x };
    std.debug.print("swapped x={d} y={d}\n", .{ x, y });

    const secs: u32 = 7384;
    const hours, const rest = divmod(secs, 3600);
    const mins, const s = divmod(rest, 60);
    std.debug.print("{d}s = {d}h {d}m {d}s\n", .{ secs, hours, mins, s });

    const arr = [3]u8{ 'z', 'i', 'g' };
    const c0, _, const c2 = arr;
    std.debug.print("first {c} last {c}\n", .{ c0, c2 });

    var fx: u64 = 0;
    var fy: u64 = 1;
    for (0..10) |_| fx, fy = .{ fy, fx + fy };
    std.debug.print("fib 10 = {d}\n", .{fx});

    const q, const r = divmod(10, 0);
    std.debug.print("{d} {d}\n", .{ q, r });
}
