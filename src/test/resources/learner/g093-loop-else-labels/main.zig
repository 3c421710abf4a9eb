const std = @import("std");

fn firstNegative(values: []const i32) ?usize {
    for (values, 0..) |v, i| {
        if (v < 0) break;
        _ = i;
    } else return null;
    for (values, 0..) |v, i| if (v < 0) return i;
    unreachable;
}

pub fn main() void {
    const data = [_]i32{ 4, 9, -2, 7 };
    const none = [_]i32{ 1, 2 };
    std.debug.print("{?d} {?d}\n", .{ firstNegative(&data), firstNegative(&none) });

    var it = std.mem.splitScalar(u8, "k1=v1,k2=v2,k3", ',');
    const bad = while (it.next()) |pair| {
        if (std.mem.indexOfScalar(u8, pair, '=') == null) break pair;
    } else "none";
    std.debug.print("bad pair: {s}\n", .{bad});

    var n: u32 = 27;
    var steps: u32 = 0;
    const reached = while (n != 1) : (steps += 1) {
        if (steps > 200) break false;
        n = if (n % 2 == 0) n / 2 else 3 * n + 1;
    } else true;
    std.debug.print("reached 1: {} after {d} steps\n", .{ reached, steps });

    const names = [_][]const u8{ "ann", "bob", "cy" };
    const ages = [_]u8{ 31, 25, 40 };
    for (names, ages, 0..) |name, age, i| std.debug.print("{d}:{s}={d} ", .{ i, name, age });
    std.debug.print("\n", .{});
    var sum: u32 = 0;
    outer: for (0..5) |r| {
        for (0..5) |c| {
            if (c > r) continue :outer;
            if (r * c > 6) break :outer;
            sum += @intCast(r * c);
        }
    }
    std.debug.print("sum {d}\n", .{sum});
    const extra = [_]u8{ 1, 2 };
    for (names, extra) |name, e| std.debug.print("{s}{d} ", .{ name, e });
}
