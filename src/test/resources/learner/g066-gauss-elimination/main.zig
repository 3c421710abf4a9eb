const std = @import("std");

const n = 3;

fn solve(a: *[n][n + 1]f64) ![n]f64 {
    for (0..n) |col| {
        var pivot = col;
        for (col + 1..n) |r| {
            if (@abs(a[r][col]) > @abs(a[pivot][col])) pivot = r;
        }
        if (@abs(a[pivot][col]) < 1e-12) return error.Singular;
        std.mem.swap([n + 1]f64, &a[col], &a[pivot]);
        for (0..n) |r| {
            if (r == col) continue;
            const f = a[r][col] / a[col][col];
            for (col..n + 1) |k| a[r][k] -= f * a[col][k];
        }
    }
    var x: [n]f64 = undefined;
    for (0..n) |i| x[i] = a[i][n] / a[i][i];
    return x;
}

pub fn main() !void {
    var m = [3][4]f64{
        .{ 2, 1, -1, 8 },
        .{ -3, -1, 2, -11 },
        .{ -2, 1, 2, -3 },
    };
    const x = try solve(&m);
    for (x, 0..) |v, i| std.debug.print("x{d} = {d:.3}\n", .{ i, v });
    for (m) |row| {
        for (row) |v| std.debug.print("{d:>8.3}", .{v});
        std.debug.print("\n", .{});
    }
    const tiny: f64 = -0.0001;
    std.debug.print("{d:.3} {d:.2} {d}\n", .{ tiny, @as(f64, -0.0), @as(f64, 1e-7) });
    var singular = [3][4]f64{ .{ 1, 2, 3, 1 }, .{ 2, 4, 6, 2 }, .{ 0, 1, 1, 0 } };
    _ = try solve(&singular);
}
