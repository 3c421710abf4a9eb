const std = @import("std");

pub fn main() !void {
    const out = std.io.getStdOut().writer();
    const grid = [_][5]u8{
        .{ 1, 2, 3, 4, 5 },
        .{ 6, 0, 8, 9, 10 },
        .{ 11, 12, 13, 0, 15 },
    };
    // find first zero with a labeled break from nested for
    const pos = outer: for (grid, 0..) |row, r| {
        for (row, 0..) |v, c| {
            if (v == 0) break :outer .{ r, c };
        }
    } else .{ 99, 99 };
    try out.print("first zero at ({d}, {d})\n", .{ pos[0], pos[1] });

    // skip rows containing zero with labeled continue
    var kept: u32 = 0;
    rows: for (grid) |row| {
        for (row) |v| if (v == 0) continue :rows;
        kept += 1;
    }
    try out.print("rows without zero: {d}\n", .{kept});

    // while with a continue expression and an else
    var i: u32 = 0;
    var odd_sum: u32 = 0;
    const found = while (i < 20) : (i += 1) {
        if (i % 2 == 0) continue;
        odd_sum += i;
        if (odd_sum > 30) break i;
    } else 0;
    try out.print("stopped at {d}, odd_sum {d}\n", .{ found, odd_sum });

    // labeled block as an expression
    const category = blk: {
        if (odd_sum < 10) break :blk "small";
        if (odd_sum < 40) break :blk "medium";
        break :blk "large";
    };
    try out.print("category {s}\n", .{category});

    // while with two-part continue expression
    var a: u32 = 0;
    var b: u32 = 10;
    while (a < b) : ({
        a += 2;
        b -= 1;
    }) {
        try out.print("({d},{d}) ", .{ a, b });
    }
    try out.print("\n", .{});

    // for over several slices and a range
    const xs = [_]i32{ 1, 2, 3 };
    const ys = [_]i32{ 10, 20, 30 };
    var zs: [3]i32 = undefined;
    for (xs, ys, &zs, 100..) |x, y, *z, k| {
        z.* = x * y + @as(i32, @intCast(k));
    }
    try out.print("{any}\n", .{zs});
    for (0..3) |r| {
        for (r..3) |c| try out.print("{d}{d} ", .{ r, c });
    }
    try out.print("\n", .{});
    var countdown: u8 = 3;
    while (countdown > 0) {
        defer countdown -= 1;
        try out.print("T-{d} ", .{countdown});
    }
    try out.print("liftoff\n", .{});
}
