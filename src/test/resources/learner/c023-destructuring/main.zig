const std = @import("std");

fn divmod(a: u32, b: u32) struct { u32, u32 } {
    return .{ a / b, a % b };
}

fn minMax(xs: []const i32) [2]i32 {
    var lo = xs[0];
    var hi = xs[0];
    for (xs) |x| {
        lo = @min(lo, x);
        hi = @max(hi, x);
    }
    return .{ lo, hi };
}

fn splitOnce(s: []const u8, sep: u8) struct { []const u8, ?[]const u8 } {
    const i = std.mem.indexOfScalar(u8, s, sep) orelse return .{ s, null };
    return .{ s[0..i], s[i + 1 ..] };
}

pub fn main() void {
    const a, const b = .{ 1, 2 };
    std.debug.print("a={d} b={d}\n", .{ a, b });

    var x: i32 = 10;
    var y: i32 = 20;
    x, y = .{ y, x };
    std.debug.print("swapped x={d} y={d}\n", .{ x, y });

    const q, const r = divmod(47, 5);
    std.debug.print("47 = 5*{d} + {d}\n", .{ q, r });

    const lo, const hi = minMax(&.{ 3, -8, 12, 0, 5 });
    std.debug.print("range [{d}, {d}]\n", .{ lo, hi });

    const pairs = [_][]const u8{ "key=value", "lonely", "a=b=c" };
    for (pairs) |p| {
        const k, const v = splitOnce(p, '=');
        std.debug.print("{s} -> {s} / {s}\n", .{ p, k, v orelse "(none)" });
    }

    const arr = [3]u8{ 'z', 'i', 'g' };
    const c0, _, const c2 = arr;
    std.debug.print("first {c} last {c}\n", .{ c0, c2 });

    var total: u32 = 0;
    var count: u32 = undefined;
    total, count = .{ 0, 0 };
    for ([_]u32{ 5, 6, 7 }) |v| {
        total, count = .{ total + v, count + 1 };
    }
    std.debug.print("total {d} over {d}\n", .{ total, count });

    const v3: @Vector(3, f32) = .{ 1.5, 2.5, 3.5 };
    const vx, const vy, const vz = v3;
    std.debug.print("vector parts {d} {d} {d}\n", .{ vx, vy, vz });
}
