const std = @import("std");

pub fn main() void {
    var sample_count: usize = 100;
    sample_count *= 3;
    const Sample = if (sample_count > 255) u16 else u8;
    var total: Sample = 0;
    total += 1;
    std.debug.print("{d} {s}\n", .{ total, @typeName(Sample) });
}
