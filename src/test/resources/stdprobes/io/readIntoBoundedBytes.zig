const std = @import("std");

pub fn main() !void {
    var fbs = std.io.fixedBufferStream("abcdefgh");
    const r = fbs.reader();
    var b = std.BoundedArray(u8, 5){};
    try r.readIntoBoundedBytes(5, &b);
    std.debug.print("got {s} len {d}\n", .{ b.slice(), b.len });
    var c = std.BoundedArray(u8, 5){};
    try r.readIntoBoundedBytes(5, &c);
    std.debug.print("rest {s} len {d}\n", .{ c.slice(), c.len });
}
