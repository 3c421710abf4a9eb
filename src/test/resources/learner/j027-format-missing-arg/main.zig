const std = @import("std");

pub fn main() void {
    const w: u32 = 640;
    const h: u32 = 480;
    const depth: u8 = 24;
    std.debug.print("screen {d}x{d} at {d} bits, {d} pixels\n", .{ w, h, depth });
}
