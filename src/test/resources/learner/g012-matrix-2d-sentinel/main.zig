const std = @import("std");

const N = 3;
const Mat = [N][N]i32;

fn mul(a: Mat, b: Mat) Mat {
    var out: Mat = undefined;
    for (0..N) |i| {
        for (0..N) |j| {
            var s: i32 = 0;
            for (0..N) |k| s += a[i][k] * b[k][j];
            out[i][j] = s;
        }
    }
    return out;
}

fn transpose(m: *Mat) void {
    for (0..N) |i| {
        for (i + 1..N) |j| std.mem.swap(i32, &m[i][j], &m[j][i]);
    }
}

fn show(name: []const u8, m: Mat) void {
    std.debug.print("{s}:\n", .{name});
    for (m) |row| {
        for (row) |v| std.debug.print("{d:>5}", .{v});
        std.debug.print("\n", .{});
    }
}

pub fn main() void {
    const a = Mat{ .{ 1, 2, 3 }, .{ 4, 5, 6 }, .{ 7, 8, 9 } };
    var id: Mat = std.mem.zeroes(Mat);
    for (0..N) |i| id[i][i] = 1;
    show("a*id", mul(a, id));
    var t = a;
    transpose(&t);
    show("t", t);
    show("a*t", mul(a, t));
    var grid: [2][4]u8 = .{ .{0} ** 4, .{1} ** 4 };
    grid[1][2] = 9;
    std.debug.print("{any}\n", .{grid});
    const flat: *const [8]u8 = @ptrCast(&grid);
    std.debug.print("{any}\n", .{flat.*});
    const name: [5:0]u8 = "hello".*;
    std.debug.print("{s} {d} {d}\n", .{ &name, name.len, name[5] });
    const rows = [_][]const u8{ "ab", "cde", "" };
    for (rows, 0..) |r, i| std.debug.print("row {d}: '{s}' len {d}\n", .{ i, r, r.len });
    var p = mul(a, a);
    var r: usize = 0;
    while (r <= N) : (r += 1) p[r][0] = 0;
}
