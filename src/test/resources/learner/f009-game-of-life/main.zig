const std = @import("std");

const W = 8;
const H = 6;
const Grid = [H][W]bool;

fn neighbors(g: *const Grid, y: usize, x: usize) u8 {
    var n: u8 = 0;
    var dy: i32 = -1;
    while (dy <= 1) : (dy += 1) {
        var dx: i32 = -1;
        while (dx <= 1) : (dx += 1) {
            if (dy == 0 and dx == 0) continue;
            const ny = @mod(@as(i32, @intCast(y)) + dy, H);
            const nx = @mod(@as(i32, @intCast(x)) + dx, W);
            if (g[@intCast(ny)][@intCast(nx)]) n += 1;
        }
    }
    return n;
}

fn step(g: *const Grid) Grid {
    var out: Grid = undefined;
    for (0..H) |y| {
        for (0..W) |x| {
            const n = neighbors(g, y, x);
            out[y][x] = if (g[y][x]) (n == 2 or n == 3) else n == 3;
        }
    }
    return out;
}

fn show(g: Grid, gen: usize) void {
    std.debug.print("gen {d}:\n", .{gen});
    for (g) |row| {
        for (row) |cell| std.debug.print("{c}", .{@as(u8, if (cell) '#' else '.')});
        std.debug.print("\n", .{});
    }
}

pub fn main() void {
    var g = std.mem.zeroes(Grid);
    // glider
    g[0][1] = true;
    g[1][2] = true;
    g[2][0] = true;
    g[2][1] = true;
    g[2][2] = true;
    var gen: usize = 0;
    while (gen < 4) : (gen += 1) {
        show(g, gen);
        g = step(&g);
    }
    var alive: usize = 0;
    for (g) |row| for (row) |c| {
        alive += @intFromBool(c);
    };
    std.debug.print("alive after {d}: {d}\n", .{ gen, alive });
}
