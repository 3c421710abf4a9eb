const std = @import("std");

const Flags = packed struct(u8) {
    read: bool,
    write: bool,
    exec: bool,
    _pad: u2 = 0,
    level: u3,
};

const Rgb565 = packed struct(u16) {
    b: u5,
    g: u6,
    r: u5,

    fn fromBytes(hi: u8, lo: u8) Rgb565 {
        return @bitCast((@as(u16, hi) << 8) | lo);
    }
};

const Kind = enum(u2) { data, ack, nak, ping };

const Header = packed struct {
    version: u4,
    kind: Kind,
    urgent: bool,
    last: bool,
};

pub fn main() !void {
    const out = std.io.getStdOut().writer();
    const f = Flags{ .read = true, .write = false, .exec = true, .level = 5 };
    const raw: u8 = @bitCast(f);
    try out.print("flags raw=0b{b:0>8} 0x{x:0>2} {d}\n", .{ raw, raw, raw });
    const back: Flags = @bitCast(@as(u8, 0b0100_0011));
    try out.print("back: {}\n", .{back});
    try out.print("size {d} bits {d}\n", .{ @sizeOf(Flags), @bitSizeOf(Flags) });
    const c = Rgb565.fromBytes(0xF8, 0x1F);
    try out.print("r={d} g={d} b={d}\n", .{ c.r, c.g, c.b });
    const h = Header{ .version = 3, .kind = .nak, .urgent = true, .last = false };
    const hb: u8 = @bitCast(h);
    try out.print("header {} -> {b:0>8}\n", .{ h, hb });
    try out.print("bitOffsetOf kind={d} urgent={d}\n", .{ @bitOffsetOf(Header, "kind"), @bitOffsetOf(Header, "urgent") });
    const fl: f32 = 1.5;
    const bits: u32 = @bitCast(fl);
    try out.print("1.5 as bits 0x{X:0>8}\n", .{bits});
    const neg: i16 = -2;
    try out.print("-2 as u16 {d}\n", .{@as(u16, @bitCast(neg))});
    const arr: [4]u8 = @bitCast(@as(u32, 0x11223344));
    try out.print("bytes {x}\n", .{arr});
    var mutable = f;
    mutable.level +%= 4;
    mutable.write = true;
    try out.print("mutated {} raw {d}\n", .{ mutable, @as(u8, @bitCast(mutable)) });
}
