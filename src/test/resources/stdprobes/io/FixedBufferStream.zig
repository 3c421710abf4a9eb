const std = @import("std");

pub fn main() !void {
    var buf = [_]u8{ 'a', 'b', 'c' };
    var s: std.io.FixedBufferStream([]u8) = .{ .buffer = &buf, .pos = 1 };
    try s.writer().writeByte('X');
    std.debug.print("buf: {s} pos {d}\n", .{ &buf, s.pos });
}
