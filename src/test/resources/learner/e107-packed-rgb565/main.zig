const std = @import("std");

// RGB565 pixels: fields that do not line up with bytes.
const Pixel = packed struct(u16) {
    b: u5,
    g: u6,
    r: u5,

    fn fromRgb(r: u8, g: u8, b: u8) Pixel {
        return .{ .r = @intCast(r >> 3), .g = @intCast(g >> 2), .b = @intCast(b >> 3) };
    }

    fn brighten(self: *Pixel) void {
        self.r +|= 4;
        self.g +|= 8;
        self.b +|= 4;
    }
};

pub fn main() void {
    var pixels = [_]Pixel{
        Pixel.fromRgb(255, 128, 0),
        Pixel.fromRgb(10, 200, 30),
        @bitCast(@as(u16, 0xffff)),
    };
    for (&pixels) |*p| p.brighten();
    for (pixels, 0..) |p, i| {
        const word: u16 = @bitCast(p);
        std.debug.print("pixel {d}: r={d:>2} g={d:>2} b={d:>2} word=0x{x:0>4} {b:0>16}\n", .{ i, p.r, p.g, p.b, word, word });
    }
    std.debug.print("{any}\n", .{pixels[0]});
    std.debug.print("sizes: {d} byte(s), {d} bits, g at bit {d}\n", .{ @sizeOf(Pixel), @bitSizeOf(Pixel), @bitOffsetOf(Pixel, "g") });
}
