const std = @import("std");

pub fn main() void {
    var g = std.Random.Ascon.init([_]u8{3} ** 32);
    var a: [5]u8 = undefined;
    g.fill(&a);
    std.debug.print("{any}\n", .{a});
    var big: [37]u8 = undefined;
    g.fill(&big);
    std.debug.print("{any}\n", .{big});
    var none: [0]u8 = undefined;
    g.fill(&none);
    var c: [16]u8 = undefined;
    g.fill(&c);
    std.debug.print("{any}\n", .{c});
}
