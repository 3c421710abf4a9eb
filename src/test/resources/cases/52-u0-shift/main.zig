const std = @import("std");

pub fn main() void {
    var v: u0 = 0;
    _ = &v;
    std.debug.print("{}\n", .{v << 0});
}
