const std = @import("std");

pub fn main() void {
    const a: u8 = 250;
    const b: u8 = 10;
    std.debug.print("u8 {d} + {d}: wrap {d}, sat {d}\n", .{ a, b, a +% b, a +| b });
    std.debug.print("u8 {d} - {d}: wrap {d}, sat {d}\n", .{ b, a, b -% a, b -| a });
    std.debug.print("u8 {d} * 2: wrap {d}, sat {d}\n", .{ a, a *% 2, a *| 2 });
    const s: i8 = -128;
    std.debug.print("i8 {d}: -% {d}, -| {d}, 0-|1 {d}\n", .{ s, -%s, @as(i8, 0) -| s, s -| 1 });
    std.debug.print("shl sat: {d} {d}\n", .{ @as(u8, 3) <<| 7, @as(i16, -5) <<| 14 });

    var h: u32 = 2166136261;
    for ("hash me") |c| {
        h ^= c;
        h *%= 16777619;
    }
    std.debug.print("fnv1a(\"hash me\") = {d}\n", .{h});

    const big: u32 = 70000;
    const small: u16 = @truncate(big);
    const fits: u16 = @intCast(big / 2);
    std.debug.print("truncate {d} -> {d}; intCast {d}\n", .{ big, small, fits });

    const neg: i16 = -2;
    const bits: u16 = @bitCast(neg);
    const low: u8 = @truncate(bits);
    const back: i8 = @bitCast(low);
    std.debug.print("-2 as u16 bits {d} (hex {x}), low byte {d}, as i8 {d}\n", .{ bits, bits, low, back });

    const f: f32 = 1.0;
    const fbits: u32 = @bitCast(f);
    std.debug.print("1.0f32 bits = {x}\n", .{fbits});
    const widened: i64 = neg;
    const narrowed = std.math.cast(u8, widened);
    std.debug.print("widened {d}, cast to u8: {?d}\n", .{ widened, narrowed });

    var counter: u4 = 13;
    for (0..5) |_| {
        std.debug.print("{d} ", .{counter});
        counter +%= 1;
    }
    std.debug.print("\n", .{});
}
