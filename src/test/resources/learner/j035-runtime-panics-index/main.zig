const std = @import("std");

fn average(window: []const u32) u32 {
    var sum: u32 = 0;
    for (window) |v| sum += v;
    return sum / @as(u32, @intCast(window.len));
}

pub fn main() void {
    const readings = [_]u32{ 4, 8, 15, 16, 23, 42 };
    const size: usize = 4;
    var start: usize = 0;
    while (start <= readings.len) : (start += 2) {
        const end = start + size;
        std.debug.print("window {d}..{d}: ", .{ start, end });
        std.debug.print("{d}\n", .{average(readings[start..end])});
    }
}
