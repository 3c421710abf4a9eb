const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("ok: {!}\n", .{math.add(u8, 200, 55)});
    std.debug.print("overflow: {!}\n", .{math.add(u8, 200, 56)});
    std.debug.print("signed: {!}\n", .{math.add(i8, -100, -28)});
    std.debug.print("signed overflow: {!}\n", .{math.add(i8, -100, -29)});
}
