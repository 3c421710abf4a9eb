const std = @import("std");

fn Matrix(comptime R: usize, comptime C: usize) type {
    return struct {
        m: [R][C]f64,
        const Self = @This();

        fn mul(a: Self, b: Matrix(C, R)) Matrix(R, R) {
            var out: Matrix(R, R) = .{ .m = std.mem.zeroes([R][R]f64) };
            for (0..R) |i| for (0..R) |j| for (0..C) |k| {
                out.m[i][j] += a.m[i][k] * b.m[k][j];
            };
            return out;
        }
        fn transpose(a: Self) Matrix(C, R) {
            var t: Matrix(C, R) = undefined;
            for (a.m, 0..) |row, i| for (row, 0..) |v, j| {
                t.m[j][i] = v;
            };
            return t;
        }
    };
}

pub fn main() void {
    const A = Matrix(2, 3){ .m = .{ .{ 1, 2, 3 }, .{ 4, 5, 6 } } };
    const At = A.transpose();
    const P = A.mul(At);
    for (P.m) |row| {
        for (row) |v| std.debug.print("{d:>8.2}", .{v});
        std.debug.print("\n", .{});
    }
    std.debug.print("{s}\n{s}\n", .{ @typeName(@TypeOf(A)), @typeName(@TypeOf(At)) });
    const vals = [_]f64{ 0.0, -0.0, 1.5, 1e-7, 123456789.125, 1.0 / 3.0, 2.5e300, -1e-300, std.math.inf(f64), -std.math.inf(f64), std.math.nan(f64) };
    for (vals) |v| std.debug.print("{d} | {e} | {d:.3} | {e:.2} | {}\n", .{ v, v, v, v, v });
    const fs = [_]f32{ 0.1, 16777216.0, 3.4028235e38, 1.17549435e-38 };
    for (fs) |v| std.debug.print("f32 {d} {e} {}\n", .{ v, v, v });
    const h: f16 = 0.333;
    std.debug.print("f16 {d} {e} {}\n", .{ h, h, h });
    std.debug.print("{any}\n", .{A.m});
    std.debug.print("{d}\n", .{P.m[1]});
}
