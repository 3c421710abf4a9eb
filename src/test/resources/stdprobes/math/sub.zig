const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("ok: {!}\n", .{math.sub(u8, 5, 5)});
    std.debug.print("underflow: {!}\n", .{math.sub(u8, 5, 6)});
    std.debug.print("signed: {!}\n", .{math.sub(i8, -100, 28)});
    std.debug.print("signed overflow: {!}\n", .{math.sub(i8, -100, 29)});
}
