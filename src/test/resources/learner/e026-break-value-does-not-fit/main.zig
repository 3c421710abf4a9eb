const std = @import("std");
pub fn main() void {
    var i: u8 = 0;
    i += 1;
    const x = blk: {
        if (i > 3) break :blk @as(u8, 5);
        break :blk 1000;
    };
    std.debug.print("{}\n", .{x});
}
