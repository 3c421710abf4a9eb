const std = @import("std");
pub fn main() void {
    var a: u32 = 0x11223344;
    var b: i16 = -2;
    var c: u8 = 0b0000_0110;
    var d: i8 = 1;
    var e: u24 = 0xABCDEF;
    _ = .{ &a, &b, &c, &d, &e };
    std.debug.print("{x} {d} {b} {d} {x}\n", .{ @byteSwap(a), @byteSwap(b), @bitReverse(c), @bitReverse(d), @byteSwap(e) });
    std.debug.print("{d} {d}\n", .{ @bitReverse(@as(i8, 1)), @byteSwap(@as(i16, -2)) });
    const be = std.mem.nativeToBig(u32, a);
    std.debug.print("{x}\n", .{be});
}
