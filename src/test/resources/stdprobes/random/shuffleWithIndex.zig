const std = @import("std");

pub fn main() void {
    var prng = std.Random.DefaultPrng.init(100);
    const r = prng.random();
    var a = [_]u8{ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
    r.shuffleWithIndex(u8, &a, u32);
    std.debug.print("{any}\n", .{a});
    var b = [_]u16{ 10, 20, 30, 40, 50, 60 };
    r.shuffleWithIndex(u16, &b, u8);
    std.debug.print("{any}\n", .{b});
}
