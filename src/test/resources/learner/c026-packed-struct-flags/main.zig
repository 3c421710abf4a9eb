const std = @import("std");

const Perms = packed struct(u8) {
    read: bool = false,
    write: bool = false,
    exec: bool = false,
    _pad: u5 = 0,
};

const Pixel = packed struct {
    b: u5,
    g: u6,
    r: u5,
};

const Header = packed struct {
    version: u3,
    compressed: bool,
    kind: enum(u4) { text, image, audio, other },
};

fn permString(p: Perms) [3]u8 {
    return .{
        if (p.read) 'r' else '-',
        if (p.write) 'w' else '-',
        if (p.exec) 'x' else '-',
    };
}

pub fn main() void {
    const modes = [_]u8{ 0b000, 0b001, 0b011, 0b101, 0b111 };
    for (modes) |m| {
        const p: Perms = @bitCast(m);
        std.debug.print("{b:0>3} -> {s}\n", .{ m, permString(p) });
    }
    var p = Perms{ .read = true };
    p.exec = true;
    const raw: u8 = @bitCast(p);
    std.debug.print("r-x as byte: {d}\n", .{raw});

    std.debug.print("Perms: size {d}, bits {d}\n", .{ @sizeOf(Perms), @bitSizeOf(Perms) });
    std.debug.print("Pixel: size {d}, bits {d}\n", .{ @sizeOf(Pixel), @bitSizeOf(Pixel) });
    std.debug.print("Header: size {d}, bits {d}\n", .{ @sizeOf(Header), @bitSizeOf(Header) });

    const orange = Pixel{ .r = 31, .g = 40, .b = 0 };
    const word: u16 = @bitCast(orange);
    std.debug.print("orange rgb565 = {d} ({b:0>16})\n", .{ word, word });
    const back: Pixel = @bitCast(@as(u16, 0xffff));
    std.debug.print("white: r={d} g={d} b={d}\n", .{ back.r, back.g, back.b });

    const h = Header{ .version = 5, .compressed = true, .kind = .audio };
    const hb: u8 = @bitCast(h);
    std.debug.print("header byte {d}, offsets: version {d} compressed {d} kind {d}\n", .{
        hb, @bitOffsetOf(Header, "version"), @bitOffsetOf(Header, "compressed"), @bitOffsetOf(Header, "kind"),
    });
}
