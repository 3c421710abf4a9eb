const std = @import("std");
pub fn main() void {
    var r: bool = true;
    _ = &r;
    const x = blk: {
        if (r) break :blk 1;
        break :blk 2;
    };
    std.debug.print("{d}\n", .{x});
}
