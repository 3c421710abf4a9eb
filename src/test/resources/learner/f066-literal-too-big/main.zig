const std = @import("std");

const Pixel = struct { r: u8, g: u8, b: u8 };

fn brighten(p: Pixel, amount: u8) Pixel {
    return .{ .r = p.r +| amount, .g = p.g +| amount, .b = p.b +| amount };
}

pub fn main() void {
    const p = Pixel{ .r = 200, .g = 100, .b = 256 };
    const q = brighten(p, 80);
    std.debug.print("{d} {d} {d}\n", .{ q.r, q.g, q.b });
}
