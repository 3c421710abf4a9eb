const std = @import("std");
pub fn main() void {
    const a = [_]u8{ 1, 2, 3 };
    const avg = @as(f32, 7) / a.len;
    const n: u64 = 3;
    const m = @as(f32, 2.5) * n;
    const k: i32 = -4;
    const q: f64 = k;
    std.debug.print("{d} {d} {d}\n", .{ avg, m, q });
}
