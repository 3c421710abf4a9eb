const std = @import("std");

const Kind = enum(u3) { file, dir, link, pipe, sock, dev, r6, r7 };

const Perms = packed struct(u8) {
    read: bool = false,
    write: bool = false,
    exec: bool = false,
    _pad: u2 = 0,
    kind: Kind = .file,
};

const Header = packed struct {
    version: u4,
    flags: u4,
    length: u16,
};

pub fn main() void {
    var p = Perms{ .read = true, .exec = true };
    std.debug.print("bits=0b{b:0>8} size={d} bitsize={d}\n", .{ @as(u8, @bitCast(p)), @sizeOf(Perms), @bitSizeOf(Perms) });
    p.kind = .dir;
    p.write = true;
    std.debug.print("bits=0x{x:0>2} {any}\n", .{ @as(u8, @bitCast(p)), p });
    const q: Perms = @bitCast(@as(u8, 0b0100_0010));
    std.debug.print("q: r={} w={} x={} kind={s}\n", .{ q.read, q.write, q.exec, @tagName(q.kind) });
    const h = Header{ .version = 3, .flags = 0xA, .length = 513 };
    const raw: u24 = @bitCast(h);
    std.debug.print("header raw=0x{x:0>6} size={d} bits={d}\n", .{ raw, @sizeOf(Header), @bitSizeOf(Header) });
    std.debug.print("offsets: {d} {d} {d}\n", .{ @bitOffsetOf(Header, "version"), @bitOffsetOf(Header, "flags"), @bitOffsetOf(Header, "length") });
    var x: u32 = 0b1011_0000;
    std.debug.print("clz={d} ctz={d} pop={d}\n", .{ @clz(x), @ctz(x), @popCount(x) });
    x = @byteSwap(x);
    std.debug.print("swapped=0x{x:0>8} rev={b}\n", .{ x, @bitReverse(@as(u8, 0b0000_0110)) });
    const mask: u16 = (1 << 5) - 1;
    std.debug.print("mask={b} shl={d} shr={d}\n", .{ mask, @as(u16, 3) << 4, @as(i16, -64) >> 3 });
    const y: u8 = 200;
    std.debug.print("wrap={d} sat={d} {d}\n", .{ y +% 100, y +| 100, @as(u8, 5) -| 9 });
    const big: u8 = 250;
    var amount: u8 = 3;
    _ = &amount;
    var shift: u3 = 7;
    _ = &shift;
    std.debug.print("shl_exact={d}\n", .{@as(u8, 1) << shift});
    std.debug.print("mul={d}\n", .{big * amount});
}
