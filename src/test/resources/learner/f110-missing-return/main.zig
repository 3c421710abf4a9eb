const std = @import("std");

fn grade(score: u8) u8 {
    if (score >= 90) return 'A';
    if (score >= 80) return 'B';
    if (score >= 70) return 'C';
}

pub fn main() void {
    std.debug.print("{c}\n", .{grade(85)});
}
