const std = @import("std");

fn splitEvenly(total: u32, parts: u32) u32 {
    return @divExact(total, parts);
}

fn distance(a: u32, b: u32) u32 {
    return if (a > b) a - b else b - a;
}

pub fn main() void {
    std.debug.print("{d} {d}\n", .{ distance(3, 10), distance(10, 3) });
    std.debug.print("{d}\n", .{splitEvenly(120, 4)});
    const plans = [_][2]u32{ .{ 90, 3 }, .{ 100, 8 }, .{ 64, 16 } };
    for (plans) |p| {
        if (p[0] % p[1] != 0) {
            std.debug.print("{d}/{d} leaves {d}\n", .{ p[0], p[1], p[0] % p[1] });
            continue;
        }
        std.debug.print("{d}/{d} = {d}\n", .{ p[0], p[1], splitEvenly(p[0], p[1]) });
    }
    std.debug.print("{d}\n", .{@divFloor(@as(i32, -7), 2)});
    std.debug.print("{d}\n", .{splitEvenly(10, 4)});
}
