const std = @import("std");

pub fn main() void {
    var g = std.Random.ChaCha.init([_]u8{3} ** 32);
    var a: [5]u8 = undefined;
    g.fill(&a);
    std.debug.print("{any}\n", .{a});
    var big: [700]u8 = undefined;
    g.fill(&big);
    std.debug.print("{any} {any} offset {d}\n", .{ big[0..4], big[696..], g.offset });
    var c: [3]u8 = undefined;
    g.fill(&c);
    std.debug.print("{any}\n", .{c});
}
