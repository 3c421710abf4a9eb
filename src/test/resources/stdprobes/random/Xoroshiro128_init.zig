const std = @import("std");

pub fn main() void {
    var g = std.Random.Xoroshiro128.init(12345);
    const r = g.random();
    std.debug.print("{d} {d} {d}\n", .{ r.int(u64), r.int(u64), r.int(u32) });
    var h = std.Random.Xoroshiro128.init(0);
    std.debug.print("{d}\n", .{h.random().int(u64)});
}
