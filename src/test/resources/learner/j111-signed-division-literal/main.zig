const std = @import("std");

const Reading = struct { low: i32, high: i32 };

fn midpoint(r: Reading) i32 {
    return (r.low + r.high) / 2;
}

pub fn main() void {
    const readings = [_]Reading{ .{ .low = -4, .high = 10 }, .{ .low = 3, .high = 8 } };
    for (readings) |r| std.debug.print("{d}\n", .{midpoint(r)});
}
