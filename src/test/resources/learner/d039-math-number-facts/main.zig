const std = @import("std");
const math = std.math;

fn describe(n: u64) void {
    std.debug.print("{d}: pow2={} log2={d} sqrt={d} gcd(n,36)={d}\n", .{
        n,
        math.isPowerOfTwo(n),
        math.log2_int(u64, n),
        math.sqrt(n),
        math.gcd(n, 36),
    });
}

pub fn main() !void {
    for ([_]u64{ 1, 12, 64, 100, 1023 }) |n| describe(n);

    std.debug.print("maxInt u8={d} i16={d} u64={d}\n", .{ math.maxInt(u8), math.maxInt(i16), math.maxInt(u64) });
    std.debug.print("minInt i8={d} i32={d}\n", .{ math.minInt(i8), math.minInt(i32) });
    std.debug.print("pow(u32, 3, 5)={d} pow(f64, 2, 0.5)={d:.6}\n", .{ math.pow(u32, 3, 5), math.pow(f64, 2, 0.5) });
    const deltas = [_]i32{ -7, 3, -120, 0 };
    for (deltas) |d| std.debug.print("|{d}| = {d} ", .{ d, @abs(d) });
    std.debug.print("\n", .{});
    std.debug.print("pi={d:.5} circle r=2 area={d:.3}\n", .{ math.pi, math.pi * 2.0 * 2.0 });
    std.debug.print("sqrt(2)={d:.4} floor(-2.5)={d} ceil(-2.5)={d}\n", .{ math.sqrt(@as(f64, 2)), @floor(@as(f64, -2.5)), @ceil(@as(f64, -2.5)) });
    std.debug.print("clamp={d} min={d} max={d}\n", .{ math.clamp(@as(i32, 15), 0, 10), @min(3, 9, -1), @max(@as(u8, 4), 250) });

    const big = math.mul(u8, 200, 2) catch |err| blk: {
        std.debug.print("200*2 in u8: {s}\n", .{@errorName(err)});
        break :blk math.maxInt(u8);
    };
    const added = try math.add(u16, 60000, 5000 / 10);
    std.debug.print("saturated {d}, added {d}, wrap {d}, sat {d}\n", .{ big, added, @as(u8, 250) +% 10, @as(u8, 250) +| 10 });
    std.debug.print("cast: {?d} {?d}\n", .{ math.cast(u8, @as(i32, 300)), math.cast(u8, @as(i32, 42)) });
    std.debug.print("divFloor(-7, 2)={d} divTrunc={d} mod(-7,3)={d} rem(-7,3)={d}\n", .{
        try math.divFloor(i32, -7, 2), try math.divTrunc(i32, -7, 2), try math.mod(i32, -7, 3), try math.rem(i32, -7, 3),
    });
}
