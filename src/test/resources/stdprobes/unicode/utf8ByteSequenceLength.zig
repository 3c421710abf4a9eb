const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    std.debug.print("x41: {!}\n", .{unicode.utf8ByteSequenceLength(0x41)});
    std.debug.print("xC3: {!}\n", .{unicode.utf8ByteSequenceLength(0xC3)});
    std.debug.print("xE2: {!}\n", .{unicode.utf8ByteSequenceLength(0xE2)});
    std.debug.print("xF0: {!}\n", .{unicode.utf8ByteSequenceLength(0xF0)});
    std.debug.print("x80: {!}\n", .{unicode.utf8ByteSequenceLength(0x80)});
    std.debug.print("xFF: {!}\n", .{unicode.utf8ByteSequenceLength(0xFF)});
}
