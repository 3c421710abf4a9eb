const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    var b: [32]u8 = undefined;
    const n = fmt.formatIntBuf(&b, @as(u32, 1234), 10, .lower, .{});
    std.debug.print("dec: {} [{s}]\n", .{ n, b[0..n] });
    const m = fmt.formatIntBuf(&b, @as(i16, -10), 16, .upper, .{ .width = 5 });
    std.debug.print("hex: {} [{s}]\n", .{ m, b[0..m] });
    const z = fmt.formatIntBuf(&b, @as(u8, 0), 2, .lower, .{});
    std.debug.print("zero: {} [{s}]\n", .{ z, b[0..z] });
}
