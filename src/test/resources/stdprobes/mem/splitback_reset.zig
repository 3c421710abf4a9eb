const std = @import("std");

pub fn main() void {
    var it = std.mem.splitBackwardsScalar(u8, "x y", ' ');
    while (it.next()) |p| std.debug.print("pass 1: {s}\n", .{p});
    it.reset();
    std.debug.print("index after reset: {?}\n", .{it.index});
    std.debug.print("next after reset: [{?s}]\n", .{it.next()});
}
