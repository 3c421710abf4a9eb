const std = @import("std");

pub fn main() void {
    const big: u32 = 70000;
    const small: u16 = @truncate(big);
    const byte: u8 = @truncate(big >> 8);
    std.debug.print("truncate: {d} {d}\n", .{ small, byte });

    var counter: u8 = 250;
    var wrapped = counter;
    var sat = counter;
    for (0..10) |_| {
        wrapped +%= 1;
        sat +|= 1;
    }
    std.debug.print("wrapped {d} sat {d}\n", .{ wrapped, sat });
    const neg: i8 = -128;
    std.debug.print("-%: {d}  *%: {d}  -|: {d}\n", .{ -%neg, neg *% 3, neg -| 5 });
    std.debug.print("shl: {d} {d}\n", .{ @as(u8, 0b1011_0001) << 2, @shlExact(@as(u8, 3), 6) });

    const avg = @as(f64, @floatFromInt(big)) / 3.0;
    const rounded: u32 = @intFromFloat(@round(avg));
    std.debug.print("avg {d:.3} -> {d}\n", .{ avg, rounded });
    const idx: usize = 3;
    const signed: i64 = -@as(i64, @intCast(idx));
    std.debug.print("signed {d}, as u64 bits {d}\n", .{ signed, @as(u64, @bitCast(signed)) });
    std.debug.print("enum from int: {s}\n", .{@tagName(@as(std.math.Order, @enumFromInt(2)))});

    counter = @intCast(big / 1000);
    std.debug.print("counter {d}\n", .{counter});
    const f: f32 = -2.75;
    const back: u8 = @intFromFloat(f);
    std.debug.print("back {d}\n", .{back});
}
