const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    var b: [64]u8 = undefined;
    std.debug.print("sci: {s}\n", .{try fmt.formatFloat(&b, @as(f64, 1234.5), .{})});
    std.debug.print("dec: {s}\n", .{try fmt.formatFloat(&b, @as(f64, 1234.5), .{ .mode = .decimal })});
    std.debug.print("dec .2: {s}\n", .{try fmt.formatFloat(&b, @as(f32, 0.125), .{ .mode = .decimal, .precision = 2 })});
    std.debug.print("inf: {s}\n", .{try fmt.formatFloat(&b, -std.math.inf(f64), .{})});
    std.debug.print("too long for 64: {any}\n", .{fmt.formatFloat(&b, @as(f64, 1.0e100), .{ .mode = .decimal })});
}
