const std = @import("std");
const math = std.math;

pub fn main() void {
    std.debug.print("0..255: {}\n", .{math.IntFittingRange(0, 255)});
    std.debug.print("0..256: {}\n", .{math.IntFittingRange(0, 256)});
    std.debug.print("-1..1: {}\n", .{math.IntFittingRange(-1, 1)});
    std.debug.print("0..0: {}\n", .{math.IntFittingRange(0, 0)});
    std.debug.print("-128..127: {}\n", .{math.IntFittingRange(-128, 127)});
}
