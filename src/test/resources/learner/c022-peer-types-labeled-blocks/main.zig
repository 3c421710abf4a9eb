const std = @import("std");

fn firstNegative(xs: []const i32) ?usize {
    var i: usize = 0;
    return while (i < xs.len) : (i += 1) {
        if (xs[i] < 0) break i;
    } else null;
}

fn classify(n: i64) []const u8 {
    return switch (n) {
        std.math.minInt(i64)...-1 => "negative",
        0 => "zero",
        1...9 => "digit",
        else => if (@rem(n, 2) == 0) "big even" else "big odd",
    };
}

pub fn main() void {
    const data = [_]i32{ 4, 8, 15, -16, 23, -42 };
    std.debug.print("first negative at {?d}\n", .{firstNegative(&data)});
    std.debug.print("none in tail: {?d}\n", .{firstNegative(data[4..5])});

    for ([_]i64{ -5, 0, 7, 12, 99 }) |n| std.debug.print("{d} is {s}\n", .{ n, classify(n) });

    // peer types: comptime_int and u8 in an if, a slice and an array pointer in a switch
    const small: u8 = 200;
    const flag = data.len > 3;
    const picked = if (flag) small else 1000;
    std.debug.print("picked {d} of type {s}\n", .{ picked, @typeName(@TypeOf(picked)) });

    const which: u2 = 2;
    const word = switch (which) {
        0 => "zero",
        1 => "one",
        else => data_label[0..],
    };
    std.debug.print("word {s} : {s}\n", .{ word, @typeName(@TypeOf(word)) });

    const opt_or_int = if (flag) @as(?i32, null) else @as(i32, 5);
    std.debug.print("peer optional: {?d} {s}\n", .{ opt_or_int, @typeName(@TypeOf(opt_or_int)) });

    const total = blk: {
        var s: i32 = 0;
        for (data) |d| {
            if (d < 0) continue;
            s += d;
        }
        break :blk s;
    };
    std.debug.print("sum of non-negatives {d}\n", .{total});

    const grid = [_][3]u8{ .{ 1, 2, 3 }, .{ 4, 9, 6 }, .{ 7, 8, 9 } };
    const pos = outer: for (grid, 0..) |row, r| {
        for (row, 0..) |v, c| {
            if (v == 9) break :outer .{ r, c };
        }
    } else .{ 99, 99 };
    std.debug.print("first 9 at row {d} col {d}\n", .{ pos[0], pos[1] });
}

const data_label = [_]u8{ 'm', 'a', 'n', 'y' };
