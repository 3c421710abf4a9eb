const std = @import("std");

fn find(xs: []const i32, target: i32) ?usize {
    for (xs, 0..) |x, i| {
        if (x == target) return i;
    }
    return null;
}

pub fn main() void {
    const xs = [_]i32{ 4, 8, 15, 16, 23, 42 };
    if (find(&xs, 16)) |i| std.debug.print("16 at {d}\n", .{i}) else std.debug.print("no 16\n", .{});
    const missing = find(&xs, 5) orelse 99;
    std.debug.print("missing -> {d}\n", .{missing});

    var i: usize = 0;
    outer: while (i < 3) : (i += 1) {
        var j: usize = 0;
        while (j < 3) : (j += 1) {
            if (j == 2) continue :outer;
            if (i == 2) break :outer;
            std.debug.print("({d},{d}) ", .{ i, j });
        }
    }
    std.debug.print("\n", .{});

    const grade = blk: {
        const score: u8 = 83;
        if (score >= 90) break :blk 'A';
        if (score >= 80) break :blk 'B';
        break :blk 'C';
    };
    std.debug.print("grade {c}\n", .{grade});

    const n: u32 = 7;
    const kind = switch (n) {
        0 => "zero",
        1...5 => "small",
        6, 7, 8 => "medium",
        else => "large",
    };
    std.debug.print("{s}\n", .{kind});

    var total: u64 = 0;
    for (xs) |x| {
        if (@mod(x, 2) == 1) continue;
        total += @intCast(x);
    }
    std.debug.print("even total {d}\n", .{total});
    var k: u32 = 10;
    while (k > 0) {
        k -= 3;
        if (k < 5) break;
    } else {
        std.debug.print("no break\n", .{});
    }
    std.debug.print("k {d}\n", .{k});
}
