const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    std.debug.print("A: {!}\n", .{unicode.utf16CodeUnitSequenceLength('A')});
    std.debug.print("high: {!}\n", .{unicode.utf16CodeUnitSequenceLength(0xD83D)});
    std.debug.print("low: {!}\n", .{unicode.utf16CodeUnitSequenceLength(0xDE00)});
}
