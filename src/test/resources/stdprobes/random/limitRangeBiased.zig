const std = @import("std");

pub fn main() void {
    std.debug.print("{d} {d} {d}\n", .{ std.Random.limitRangeBiased(u8, 255, 10), std.Random.limitRangeBiased(u8, 0, 10), std.Random.limitRangeBiased(u8, 128, 10) });
    std.debug.print("{d} {d}\n", .{ std.Random.limitRangeBiased(u32, 0xffffffff, 6), std.Random.limitRangeBiased(u64, 0x8000000000000000, 1000) });
}
