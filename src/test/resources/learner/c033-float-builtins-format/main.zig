const std = @import("std");

pub fn main() void {
    const xs = [_]f64{ 0, 0.5, 1, 2.25, 10 };
    for (xs) |x| {
        std.debug.print("x={d:<5} sqrt={d:.4} exp={e} log={d:.3}\n", .{ x, @sqrt(x), @exp(x), @log(x) });
    }

    const angles = [_]f64{ 0, 30, 45, 90, 180 };
    for (angles) |deg| {
        const rad = deg * std.math.pi / 180.0;
        std.debug.print("{d:>3} deg: sin={d:.3} cos={d:.3}\n", .{ deg, @sin(rad), @cos(rad) });
    }

    const vals = [_]f32{ 2.5, -2.5, 3.7, -3.7, 0.49 };
    for (vals) |v| {
        std.debug.print("{d:>5}: floor {d} ceil {d} round {d} trunc {d}\n", .{ v, @floor(v), @ceil(v), @round(v), @trunc(v) });
    }

    const tiny: f64 = 0.000012345;
    const huge: f64 = 6.02214076e23;
    std.debug.print("tiny {d} {e} {e:.2}\n", .{ tiny, tiny, tiny });
    std.debug.print("huge {d} {e} {d:.1}\n", .{ huge, huge, huge });
    std.debug.print("third {d} {d:.3} {d:.0}\n", .{ 1.0 / 3.0, @as(f32, 1.0 / 3.0), 2.0 / 3.0 });
    std.debug.print("default {} {}\n", .{ @as(f64, 1.5), @as(f32, 0.1) });
    const n: i32 = @intFromFloat(@round(@as(f64, 7.6)));
    const back: f32 = @floatFromInt(n * 3);
    std.debug.print("round-trip {d} -> {d:.2}\n", .{ n, back });
    std.debug.print("0.1 + 0.2 = {d}\n", .{@as(f64, 0.1) + @as(f64, 0.2)});
}
