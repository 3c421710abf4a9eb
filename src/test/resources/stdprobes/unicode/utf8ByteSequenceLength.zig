const std = @import("std");
const unicode = std.unicode;

pub fn main() !void {
    std.debug.print("0x41: {!}\n", .{unicode.utf8ByteSequenceLength(0x41)});
    std.debug.print("0xC3: {!}\n", .{unicode.utf8ByteSequenceLength(0xC3)});
    std.debug.print("0xE2: {!}\n", .{unicode.utf8ByteSequenceLength(0xE2)});
    std.debug.print("0xF0: {!}\n", .{unicode.utf8ByteSequenceLength(0xF0)});
    std.debug.print("0x80: {!}\n", .{unicode.utf8ByteSequenceLength(0x80)});
    std.debug.print("0xFF: {!}\n", .{unicode.utf8ByteSequenceLength(0xFF)});
}
