const std = @import("std");

const Matrix2 = [2][2]i32;

fn mul(a: Matrix2, b: Matrix2) Matrix2 {
    var r: Matrix2 = .{ .{ 0, 0 }, .{ 0, 0 } };
    for (0..2) |i| for (0..2) |j| for (0..2) |k| {
        r[i][j] += a[i][k] * b[k][j];
    };
    return r;
}

fn pow(m: Matrix2, e: u32) Matrix2 {
    if (e == 0) return .{ .{ 1, 0 }, .{ 0, 1 } };
    const half = pow(m, e / 2);
    const sq = mul(half, half);
    return if (e % 2 == 1) mul(sq, m) else sq;
}

pub fn main() void {
    const fibm: Matrix2 = .{ .{ 1, 1 }, .{ 1, 0 } };
    for ([_]u32{ 1, 2, 10, 20, 30 }) |n| std.debug.print("fib({d}) = {d}\n", .{ n, pow(fibm, n)[0][1] });
    const grid = [3][4]u8{ "abcd".*, "efgh".*, "ijkl".* };
    for (grid) |row| std.debug.print("{s} ", .{&row});
    std.debug.print("\n{c}{c}\n", .{ grid[1][2], grid[2][3] });
    var t: [4][3]u8 = undefined;
    for (0..3) |r| for (0..4) |c| {
        t[c][r] = grid[r][c];
    };
    for (t) |row| std.debug.print("{s}|", .{&row});
    std.debug.print("\n", .{});
    std.debug.print("{d}\n", .{pow(fibm, 50)[0][1]});
}
