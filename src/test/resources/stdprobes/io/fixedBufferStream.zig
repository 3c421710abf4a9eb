const std = @import("std");

pub fn main() !void {
    var buf: [8]u8 = undefined;
    var ws = std.io.fixedBufferStream(&buf);
    try ws.writer().writeAll("hi");
    std.debug.print("writable: \"{s}\" type {s}\n", .{ ws.getWritten(), @typeName(@TypeOf(ws.buffer)) });
    var rs = std.io.fixedBufferStream("const");
    std.debug.print("readonly type: {s}\n", .{@typeName(@TypeOf(rs.buffer))});
    std.debug.print("first byte: {c}\n", .{try rs.reader().readByte()});
}
