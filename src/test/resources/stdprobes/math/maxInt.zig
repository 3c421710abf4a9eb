const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("u8: {}\n", .{math.maxInt(u8)});
    std.debug.print("i8: {}\n", .{math.maxInt(i8)});
    std.debug.print("u64: {}\n", .{math.maxInt(u64)});
    std.debug.print("u0: {}\n", .{math.maxInt(u0)});
    std.debug.print("i128: {}\n", .{math.maxInt(i128)});
}
