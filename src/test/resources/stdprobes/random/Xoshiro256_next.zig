const std = @import("std");

pub fn main() void {
    var g = std.Random.Xoshiro256.init(99);
    for (0..4) |_| std.debug.print("{x} ", .{g.next()});
    std.debug.print("\n", .{});
}
