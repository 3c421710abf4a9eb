const std = @import("std");

pub fn main() void {
    const grid = [_][4]u8{
        .{ 1, 2, 3, 4 },
        .{ 5, 6, 7, 8 },
        .{ 9, 10, 11, 12 },
    };
    const target: u8 = 7;
    const found = outer: for (grid, 0..) |row, r| {
        for (row, 0..) |v, c| {
            if (v == target) break :outer .{ r, c };
        }
    } else null;
    if (found) |pos| std.debug.print("found {d} at ({d},{d})\n", .{ target, pos[0], pos[1] });

    var count: usize = 0;
    rows: for (grid) |row| {
        for (row) |v| {
            if (v % 5 == 0) continue :rows;
            count += 1;
        }
    }
    std.debug.print("counted {d}\n", .{count});

    var i: u32 = 0;
    var j: u32 = 10;
    while (i < j) : ({
        i += 2;
        j -= 1;
    }) {
        if (i == 4) continue;
        std.debug.print("i={d} j={d}\n", .{ i, j });
    }
    const score: u8 = 73;
    const grade = switch (score) {
        90...100 => 'A',
        80...89 => 'B',
        70...79 => blk: {
            if (score % 10 >= 5) break :blk 'C';
            break :blk 'c';
        },
        0...69 => 'F',
        else => '?',
    };
    std.debug.print("grade {c}\n", .{grade});
    const x = blk: {
        var acc: u32 = 1;
        for (1..6) |k| acc *= @intCast(k);
        break :blk acc;
    };
    std.debug.print("5!={d}\n", .{x});
    var n: usize = 0;
    while (true) : (n += 1) {
        if (n == 3) break;
    } else unreachable;
    std.debug.print("n={d} cell={d}\n", .{ n, grid[n][0] });
}
