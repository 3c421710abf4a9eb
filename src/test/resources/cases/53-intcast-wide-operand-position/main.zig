const std = @import("std");

pub fn main() void {
    const x: u8 = @intCast(@as(i128, -1) << 127);
    _ = x;
}
