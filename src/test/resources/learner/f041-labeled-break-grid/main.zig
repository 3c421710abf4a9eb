const std = @import("std");

const grid = [_][5]u8{
    .{ 1, 2, 3, 4, 5 },
    .{ 6, 7, 8, 9, 10 },
    .{ 11, 12, 13, 14, 15 },
};

fn find(target: u8) ?[2]usize {
    outer: for (grid, 0..) |row, r| {
        for (row, 0..) |v, c| {
            if (v > target) break :outer;
            if (v == target) return .{ r, c };
        }
    }
    return null;
}

pub fn main() void {
    const first_even_row = blk: {
        for (grid, 0..) |row, r| {
            if (row[0] % 2 == 0) break :blk r;
        }
        break :blk grid.len;
    };
    std.debug.print("first even row: {d}\n", .{first_even_row});
    var count: usize = 0;
    rows: for (grid) |row| {
        for (row) |v| {
            if (v % 4 == 0) continue :rows;
            count += 1;
        }
    }
    std.debug.print("counted before multiples of 4: {d}\n", .{count});
    for ([_]u8{ 8, 14, 0 }) |t| {
        if (find(t)) |pos| {
            std.debug.print("{d} at ({d},{d})\n", .{ t, pos[0], pos[1] });
        } else std.debug.print("{d} not found\n", .{t});
    }
    var i: u32 = 0;
    var j: u32 = 0;
    const found = search: while (i < 10) : (i += 1) {
        j = 0;
        while (j < 10) : (j += 1) {
            if (i * j == 42) break :search true;
        }
    } else false;
    std.debug.print("found={} i={d} j={d}\n", .{ found, i, j });
}
