const std = @import("std");

pub fn main() void {
    const readings = "21.5 19.25 -3.75 1e3 abc 0.001 22.125 2.5e-2 nan?";
    var sum: f64 = 0;
    var n: usize = 0;
    var min: f64 = std.math.inf(f64);
    var max: f64 = -std.math.inf(f64);

    var it = std.mem.tokenizeScalar(u8, readings, ' ');
    while (it.next()) |tok| {
        const parsed = std.fmt.parseFloat(f64, tok);
        std.debug.print("{s:<8} -> {!d}\n", .{ tok, parsed });
        const v = parsed catch continue;
        sum += v;
        n += 1;
        min = @min(min, v);
        max = @max(max, v);
    }
    const avg = sum / @as(f64, @floatFromInt(n));
    std.debug.print("count {d}\n", .{n});
    std.debug.print("sum   {d:.2}\n", .{sum});
    std.debug.print("avg   {d:>10.3}|\n", .{avg});
    std.debug.print("min   {d}\n", .{min});
    std.debug.print("max   {e}\n", .{max});
    std.debug.print("tiny  {e:.3}\n", .{@as(f64, 0.000123456)});
    const pi_str = "3.14159265";
    const pi = std.fmt.parseFloat(f32, pi_str) catch unreachable;
    std.debug.print("pi as f32: {d} / {d:.4} / {e}\n", .{ pi, pi, pi });
}
