const std = @import("std");

const Sample = struct {
    label: []const u8,
    total: i32,
    count: f32,
};

fn mean(s: Sample) f32 {
    return s.total / s.count;
}

pub fn main() void {
    const s = Sample{ .label = "temps", .total = 91, .count = 4 };
    std.debug.print("{s}: {d}\n", .{ s.label, mean(s) });
}
