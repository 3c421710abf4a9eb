const std = @import("std");
const S = struct {
    a: u8,
    buf: [8]u8 align(16),
    n: u32 align(4),
};
pub fn main() void {
    var s = S{ .a = 1, .buf = undefined, .n = 3 };
    const p = &s.buf;
    const q = &s.n;
    std.debug.print("{s} {s} {d}\n", .{ @typeName(@TypeOf(p)), @typeName(@TypeOf(q)), @alignOf(@TypeOf(p.*)) });
    const sl: []u8 = p;
    sl[0] = 5;
    std.debug.print("{d} {d}\n", .{ s.buf[0], @intFromPtr(p) % 16 });
}
