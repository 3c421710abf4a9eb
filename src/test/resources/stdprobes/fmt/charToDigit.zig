const std = @import("std");
const fmt = std.fmt;

pub fn main() !void {
    std.debug.print("7 base 10: {!}\n", .{fmt.charToDigit('7', 10)});
    std.debug.print("f base 16: {!}\n", .{fmt.charToDigit('f', 16)});
    std.debug.print("F base 16: {!}\n", .{fmt.charToDigit('F', 16)});
    std.debug.print("9 base 8: {!}\n", .{fmt.charToDigit('9', 8)});
    std.debug.print("space: {!}\n", .{fmt.charToDigit(' ', 10)});
}
