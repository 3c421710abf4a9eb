const std = @import("std");

const Color = packed struct(u16) {
    r: u5,
    g: u6,
    b: u5,
};

fn brighten(c: Color, amount: u8) Color {
    return .{
        .r = @intCast(@as(u8, c.r) + amount),
        .g = c.g,
        .b = c.b,
    };
}

pub fn main() void {
    var c = Color{ .r = 10, .g = 40, .b = 3 };
    for (0..4) |_| {
        c = brighten(c, 7);
        std.debug.print("r={d} raw=0x{x:0>4}\n", .{ c.r, @as(u16, @bitCast(c)) });
    }
}
