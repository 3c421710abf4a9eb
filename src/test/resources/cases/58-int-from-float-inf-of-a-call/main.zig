const std = @import("std");
pub fn main() void {
    const i: i32 = @intFromFloat(std.math.inf(f32));
    _ = i;
}
