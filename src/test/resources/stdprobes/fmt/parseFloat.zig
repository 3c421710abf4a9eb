const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    std.debug.print("1.5: {!d}\n", .{fmt.parseFloat(f64, "1.5")});
    std.debug.print("exp: {!d}\n", .{fmt.parseFloat(f32, "-2.5e3")});
    std.debug.print("inf: {!}\n", .{fmt.parseFloat(f64, "inf")});
    std.debug.print("hex: {!d}\n", .{fmt.parseFloat(f64, "0x1.8p1")});
    std.debug.print("bad: {!}\n", .{fmt.parseFloat(f64, "1.2.3")});
    std.debug.print("empty: {!}\n", .{fmt.parseFloat(f64, "")});
    std.debug.print("0.1: {!}\n", .{fmt.parseFloat(f64, "0.1")});
}
