const std = @import("std");

fn daysIn(month: u4) u8 {
    return switch (month) {
        1, 3, 5, 7, 8, 10, 12 => 31,
        4, 6, 9, 11 => 30,
        2 => 28,
    };
}

pub fn main() void {
    std.debug.print("{d}\n", .{daysIn(2)});
}
