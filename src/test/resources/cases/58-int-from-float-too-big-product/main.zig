const std = @import("std");
const k: f64 = 1e30;
pub fn main() void {
    const i: i32 = @intFromFloat(k * 2);
    _ = i;
}
