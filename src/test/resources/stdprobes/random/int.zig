const std = @import("std");

pub fn main() void {
    var prng = std.Random.DefaultPrng.init(42);
    const r = prng.random();
    std.debug.print("u8 {d} i8 {d} u16 {d} i16 {d}\n", .{ r.int(u8), r.int(i8), r.int(u16), r.int(i16) });
    std.debug.print("u32 {d} i32 {d}\n", .{ r.int(u32), r.int(i32) });
    std.debug.print("u64 {d} i64 {d}\n", .{ r.int(u64), r.int(i64) });
    std.debug.print("u1 {d} u3 {d} i5 {d} u12 {d} usize {d}\n", .{ r.int(u1), r.int(u3), r.int(i5), r.int(u12), r.int(usize) });
}
