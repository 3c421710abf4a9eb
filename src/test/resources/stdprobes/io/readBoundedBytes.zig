const std = @import("std");

pub fn main() !void {
    var fbs = std.io.fixedBufferStream("xyz");
    const r = fbs.reader();
    const b = try r.readBoundedBytes(2);
    std.debug.print("2: {s}\n", .{b.constSlice()});
    const c = try r.readBoundedBytes(10);
    std.debug.print("10 at tail: {s} len {d}\n", .{ c.constSlice(), c.len });
}
