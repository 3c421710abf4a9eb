const std = @import("std");

fn pascal(a: std.mem.Allocator, n: usize) ![][]u64 {
    const rows = try a.alloc([]u64, n);
    var built: usize = 0;
    errdefer {
        for (rows[0..built]) |r| a.free(r);
        a.free(rows);
    }
    while (built < n) : (built += 1) {
        const row = try a.alloc(u64, built + 1);
        row[0] = 1;
        row[built] = 1;
        for (1..built) |j| row[j] = rows[built - 1][j - 1] + rows[built - 1][j];
        rows[built] = row;
    }
    return rows;
}

fn free2d(a: std.mem.Allocator, rows: [][]u64) void {
    for (rows) |r| a.free(r);
    a.free(rows);
}

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();

    const small = try pascal(a, 7);
    defer free2d(a, small);
    for (small) |row| {
        for (0..small.len - row.len) |_| std.debug.print("  ", .{});
        for (row) |v| std.debug.print("{d:>4}", .{v});
        std.debug.print("\n", .{});
    }
    var total: u64 = 0;
    for (small[6]) |v| total += v;
    std.debug.print("row 6 sums to {d} = 2^6\n", .{total});

    const big = try pascal(a, 70);
    defer free2d(a, big);
    std.debug.print("C(69, 34) = {d}\n", .{big[69][34]});
}
