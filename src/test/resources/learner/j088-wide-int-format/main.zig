const std = @import("std");

pub fn main() void {
    const a: u128 = std.math.maxInt(u128);
    const b: i128 = std.math.minInt(i128);
    std.debug.print("{d}\n{d}\n", .{ a, b });
    std.debug.print("{x}\n{X:0>40}\n", .{ a, @as(u128, 0xDEADBEEF) << 64 });
    std.debug.print("[{d:>42}]\n[{d:<42}]\n", .{ a, b });
    const big: u64 = std.math.maxInt(u64);
    std.debug.print("{d} {x} {b}\n", .{ big +% 1, big, @as(u8, @truncate(big)) });
    const product: u128 = @as(u128, big) * big;
    std.debug.print("{d}\n", .{product});
    const shifted: u96 = @as(u96, 1) << 95;
    std.debug.print("{d} {s}\n", .{ shifted, @typeName(@TypeOf(shifted)) });
    const neg: i64 = -1;
    std.debug.print("{d} {x}\n", .{ @as(u64, @bitCast(neg)), @as(u64, @bitCast(neg)) });
    const c: i7 = -64;
    const d: u7 = 127;
    std.debug.print("{d} {d} {b} {o}\n", .{ c, d, d, d });
    std.debug.print("{e}\n", .{@as(f64, @floatFromInt(a))});
    std.debug.print("{d}\n", .{@as(u128, @intFromFloat(@as(f64, 1e30)))});
}
