const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    var b: [32]u8 = undefined;
    std.debug.print("dec: [{s}]\n", .{fmt.bufPrintIntToSlice(&b, @as(i32, -42), 10, .lower, .{})});
    std.debug.print("hex: [{s}]\n", .{fmt.bufPrintIntToSlice(&b, @as(u32, 0xbeef), 16, .upper, .{})});
    std.debug.print("padded: [{s}]\n", .{fmt.bufPrintIntToSlice(&b, @as(u8, 5), 2, .lower, .{ .width = 8, .fill = '0' })});
}
