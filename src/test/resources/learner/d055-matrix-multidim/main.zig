const std = @import("std");

const N = 4;
const Grid = [N][N]u8;

fn printGrid(g: Grid) void {
    for (g) |row| {
        for (row) |c| std.debug.print("{c}", .{c});
        std.debug.print("\n", .{});
    }
}

fn rotateCw(g: Grid) Grid {
    var out: Grid = undefined;
    for (0..N) |r| {
        for (0..N) |c| out[c][N - 1 - r] = g[r][c];
    }
    return out;
}

fn transpose(comptime R: usize, comptime C: usize, m: [R][C]i32) [C][R]i32 {
    var t: [C][R]i32 = undefined;
    for (m, 0..) |row, i| {
        for (row, 0..) |v, j| t[j][i] = v;
    }
    return t;
}

pub fn main() void {
    var g: Grid = .{
        "#...".*,
        "##..".*,
        ".#..".*,
        "....".*,
    };
    printGrid(g);
    std.debug.print("--\n", .{});
    g = rotateCw(g);
    printGrid(g);

    const m = [2][3]i32{ .{ 1, 2, 3 }, .{ 4, 5, 6 } };
    const t = transpose(2, 3, m);
    std.debug.print("transpose: {any}\n", .{t});

    var board = [_][3]u8{[_]u8{' '} ** 3} ** 3;
    const moves = [_][2]usize{ .{ 1, 1 }, .{ 0, 0 }, .{ 2, 2 }, .{ 0, 2 }, .{ 0, 1 } };
    for (moves, 0..) |mv, i| board[mv[0]][mv[1]] = if (i % 2 == 0) 'X' else 'O';
    for (board) |row| std.debug.print("|{c}|{c}|{c}|\n", .{ row[0], row[1], row[2] });
    var filled: usize = 0;
    for (board) |row| {
        for (row) |cell| {
            if (cell != ' ') filled += 1;
        }
    }
    std.debug.print("filled {d}, sizeof board {d}\n", .{ filled, @sizeOf(@TypeOf(board)) });
    const flat: *const [9]u8 = @ptrCast(&board);
    std.debug.print("flat: '{s}'\n", .{flat});
    var cube: [2][2][2]u16 = undefined;
    for (&cube, 0..) |*plane, i| for (plane, 0..) |*row, j| for (row, 0..) |*v, k| {
        v.* = @intCast(i * 100 + j * 10 + k);
    };
    std.debug.print("cube[1][0][1]={d} {any}\n", .{ cube[1][0][1], cube[1] });
}
