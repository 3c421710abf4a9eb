const std = @import("std");

const N = 5;

fn liveNeighbors(grid: [N][N]u1, row: usize, col: usize) u8 {
    var count: u8 = 0;
    const offsets = [_]i8{ -1, 0, 1 };
    for (offsets) |dr| {
        for (offsets) |dc| {
            if (dr == 0 and dc == 0) continue;
            const r: usize = @intCast(@as(isize, @intCast(row)) + dr);
            const c: usize = @intCast(@as(isize, @intCast(col)) + dc);
            if (r >= N or c >= N) continue;
            count += grid[r][c];
        }
    }
    return count;
}

pub fn main() void {
    var grid = [_][N]u1{[_]u1{0} ** N} ** N;
    grid[2][1] = 1;
    grid[2][2] = 1;
    grid[2][3] = 1;
    std.debug.print("center has {d}\n", .{liveNeighbors(grid, 2, 2)});
    std.debug.print("(1,2) has {d}\n", .{liveNeighbors(grid, 1, 2)});
    std.debug.print("(0,0) has {d}\n", .{liveNeighbors(grid, 0, 0)});
}
