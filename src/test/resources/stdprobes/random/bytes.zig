const std = @import("std");

pub fn main() void {
    var prng = std.Random.DefaultPrng.init(7);
    const r = prng.random();
    var a: [5]u8 = undefined;
    r.bytes(&a);
    std.debug.print("{any}\n", .{a});
    var b: [13]u8 = undefined;
    r.bytes(&b);
    std.debug.print("{any}\n", .{b});
    var c: [0]u8 = undefined;
    r.bytes(&c);
    std.debug.print("{x}\n", .{r.int(u64)});
}
