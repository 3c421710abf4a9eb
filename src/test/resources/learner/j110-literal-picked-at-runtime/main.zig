const std = @import("std");

pub fn main() void {
    var level: u32 = 4;
    level += 2;
    const bonus = if (level >= 5 and level < 10) 50 else 10;
    std.debug.print("bonus {d}\n", .{bonus});
}
