const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("u8: {}\n", .{math.minInt(u8)});
    std.debug.print("i8: {}\n", .{math.minInt(i8)});
    std.debug.print("i64: {}\n", .{math.minInt(i64)});
    std.debug.print("i1: {}\n", .{math.minInt(i1)});
}
