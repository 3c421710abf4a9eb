const std = @import("std");

pub fn main() void {
    var g = std.Random.SplitMix64.init(1234567);
    for (0..5) |_| std.debug.print("{x} ", .{g.next()});
    std.debug.print("\n", .{});
}
