const std = @import("std");

const W = 8;
const H = 5;

fn fill(grid: *[H][W]u8, r: usize, c: usize, from: u8, to: u8) usize {
    if (grid[r][c] != from) return 0;
    grid[r][c] = to;
    var n: usize = 1;
    if (r > 0) n += fill(grid, r - 1, c, from, to);
    if (r + 1 < H) n += fill(grid, r + 1, c, from, to);
    if (c > 0) n += fill(grid, r, c - 1, from, to);
    if (c + 1 < W) n += fill(grid, r, c + 1, from, to);
    return n;
}

fn show(grid: [H][W]u8) void {
    for (grid) |row| std.debug.print("{s}\n", .{&row});
}

fn rotate(m: [3][3]u8) [3][3]u8 {
    var out: [3][3]u8 = undefined;
    for (0..3) |r| for (0..3) |c| {
        out[c][2 - r] = m[r][c];
    };
    return out;
}

pub fn main() void {
    const rows = [H]*const [W]u8{ "#..#....", "#..####.", "#.....#.", "######..", "........" };
    var grid: [H][W]u8 = undefined;
    for (rows, 0..) |r, i| grid[i] = r.*;
    const filled = fill(&grid, 1, 1, '.', 'o');
    std.debug.print("filled {d}\n", .{filled});
    show(grid);
    std.debug.print("again {d}\n", .{fill(&grid, 4, 0, '.', '~')});
    show(grid);
    const m = [3][3]u8{ "abc".*, "def".*, "ghi".* };
    const r1 = rotate(m);
    for (r1) |row| std.debug.print("{s} ", .{&row});
    std.debug.print("\n", .{});
    var spiral: [16]u8 = undefined;
    var k: usize = 0;
    var top: usize = 0;
    var bottom: usize = 2;
    var left: usize = 0;
    var right: usize = 2;
    while (top <= bottom and left <= right) {
        for (left..right + 1) |c| {
            spiral[k] = m[top][c];
            k += 1;
        }
        top += 1;
        for (top..bottom + 1) |r| {
            spiral[k] = m[r][right];
            k += 1;
        }
        right -= 1;
        if (top <= bottom) {
            var c = right + 1;
            while (c > left) : (c -= 1) {
                spiral[k] = m[bottom][c - 1];
                k += 1;
            }
            bottom -= 1;
        }
        if (left <= right) {
            var r = bottom + 1;
            while (r > top) : (r -= 1) {
                spiral[k] = m[r - 1][left];
                k += 1;
            }
            left += 1;
        }
    }
    std.debug.print("spiral {s}\n", .{spiral[0..k]});
}
