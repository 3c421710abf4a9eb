const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("ok: {!}\n", .{math.mul(u8, 15, 17)});
    std.debug.print("overflow: {!}\n", .{math.mul(u8, 16, 16)});
    std.debug.print("signed: {!}\n", .{math.mul(i8, -8, 16)});
    std.debug.print("signed overflow: {!}\n", .{math.mul(i8, -8, -16)});
}
