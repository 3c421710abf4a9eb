const std = @import("std");

pub fn main() !void {
    var fbs = std.io.fixedBufferStream("any reader");
    const r = fbs.reader();
    const ar: std.io.AnyReader = r.any();
    var dest: [3]u8 = undefined;
    try ar.readNoEof(&dest);
    std.debug.print("via any: {s}\n", .{&dest});
    std.debug.print("next byte: {c}\n", .{try ar.readByte()});
}
