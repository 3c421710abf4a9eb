const std = @import("std");

pub fn main() void {
    var g = std.Random.Xoroshiro128.init(12345);
    var a: [3]u8 = undefined;
    g.fill(&a);
    std.debug.print("{any}\n", .{a});
    var b: [20]u8 = undefined;
    g.fill(&b);
    std.debug.print("{any}\n", .{b});
    var c: [8]u8 = undefined;
    g.fill(&c);
    std.debug.print("{x}\n", .{c});
}
