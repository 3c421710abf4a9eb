const std = @import("std");

const Cell = enum(u8) {
    wall = '#',
    open = '.',
    start = 'S',
    goal = 'G',
    _,
};

const maze_text =
    \\#######
    \\#S..#.#
    \\#.#.#.#
    \\#.#...#
    \\#...#G#
    \\#######
;

const W = 7;
const H = 6;

pub fn main() !void {
    var grid: [H][W]Cell = undefined;
    var lines = std.mem.splitScalar(u8, maze_text, '\n');
    var r: usize = 0;
    while (lines.next()) |line| : (r += 1) {
        for (line, 0..) |ch, c| grid[r][c] = @enumFromInt(ch);
    }
    var dist: [H][W]?u16 = .{.{null} ** W} ** H;
    var queue: [H * W][2]usize = undefined;
    var head: usize = 0;
    var tail: usize = 0;
    queue[tail] = .{ 1, 1 };
    tail += 1;
    dist[1][1] = 0;
    const dirs = [_][2]isize{ .{ 0, 1 }, .{ 1, 0 }, .{ 0, -1 }, .{ -1, 0 } };
    while (head < tail) {
        const cur = queue[head];
        head += 1;
        for (dirs) |d| {
            const nr: usize = @intCast(@as(isize, @intCast(cur[0])) + d[0]);
            const nc: usize = @intCast(@as(isize, @intCast(cur[1])) + d[1]);
            if (grid[nr][nc] == .wall or dist[nr][nc] != null) continue;
            dist[nr][nc] = dist[cur[0]][cur[1]].? + 1;
            queue[tail] = .{ nr, nc };
            tail += 1;
        }
    }
    for (grid, 0..) |row, y| {
        for (row, 0..) |cell, x| {
            if (dist[y][x]) |d| {
                std.debug.print("{d:>2}", .{d});
            } else std.debug.print(" {c}", .{@intFromEnum(cell)});
        }
        std.debug.print("\n", .{});
    }
    std.debug.print("goal at distance {?d}, visited {d}\n", .{ dist[4][5], tail });
    var raw: u8 = '?';
    _ = &raw;
    const weird: Cell = @enumFromInt(raw);
    std.debug.print("{} {d}\n", .{ weird, @intFromEnum(weird) });
    std.debug.print("{s}\n", .{@tagName(weird)});
}
