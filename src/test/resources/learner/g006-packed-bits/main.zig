const std = @import("std");

const Flags = packed struct(u8) {
    read: bool = false,
    write: bool = false,
    exec: bool = false,
    mode: u2 = 0,
    _pad: u3 = 0,
};

const Pixel = packed struct {
    r: u5,
    g: u6,
    b: u5,
};

pub fn main() void {
    var f = Flags{ .read = true, .mode = 2 };
    std.debug.print("{}\n", .{f});
    std.debug.print("bits {b:0>8}\n", .{@as(u8, @bitCast(f))});
    f.exec = true;
    f.mode +%= 3;
    std.debug.print("bits {b:0>8} mode {d}\n", .{ @as(u8, @bitCast(f)), f.mode });
    const g: Flags = @bitCast(@as(u8, 0b0000_0110));
    std.debug.print("{any}\n", .{g});
    std.debug.print("size {d} bits {d}\n", .{ @sizeOf(Pixel), @bitSizeOf(Pixel) });
    const px = Pixel{ .r = 31, .g = 0, .b = 1 };
    const raw: u16 = @bitCast(px);
    std.debug.print("raw {x:0>4}\n", .{raw});
    std.debug.print("offsets {d} {d} {d}\n", .{ @bitOffsetOf(Pixel, "r"), @bitOffsetOf(Pixel, "g"), @bitOffsetOf(Pixel, "b") });
    var x: u16 = 0b1011_0000_0000_0001;
    std.debug.print("pop {d} clz {d} ctz {d}\n", .{ @popCount(x), @clz(x), @ctz(x) });
    x = std.math.rotl(u16, x, 4);
    std.debug.print("rotl {b:0>16}\n", .{x});
    std.debug.print("swap {x}\n", .{@byteSwap(@as(u32, 0x11223344))});
    const mask: u8 = 0xF0;
    std.debug.print("{b:0>8} {b:0>8} {b:0>8}\n", .{ mask & 0x3C, mask | 0x0F, mask ^ 0xFF });
    std.debug.print("{d}\n", .{@as(u8, 1) << 7});
    var sh: u3 = 7;
    sh +%= 1;
    std.debug.print("sh {d}\n", .{sh});
    std.debug.print("isPow2 {} {}\n", .{ std.math.isPowerOfTwo(@as(u32, 64)), std.math.isPowerOfTwo(@as(u32, 65)) });
    std.debug.print("log2 {d} ceil {d}\n", .{ std.math.log2_int(u32, 1000), std.math.log2_int_ceil(u32, 1000) });
}
