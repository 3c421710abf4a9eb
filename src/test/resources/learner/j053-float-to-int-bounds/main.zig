const std = @import("std");

fn toByte(x: f32) u8 {
    return @intFromFloat(x * 255.0);
}

pub fn main() void {
    const levels = [_]f32{ 0.0, 0.5, 1.0, 1.2 };
    for (levels) |l| {
        std.debug.print("{d} -> {d}\n", .{ l, toByte(l) });
    }
}
