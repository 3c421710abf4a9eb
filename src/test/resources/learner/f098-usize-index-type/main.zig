const std = @import("std");

fn weight(i: u32) u32 {
    return i * 3 + 1;
}

pub fn main() void {
    var sum: u32 = 0;
    for (0..5) |i| {
        sum += weight(i);
    }
    std.debug.print("{d}\n", .{sum});
}
