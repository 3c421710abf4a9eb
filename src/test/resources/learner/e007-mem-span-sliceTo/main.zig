const std = @import("std");
pub fn main() void {
    const s: [*:0]const u8 = "hello";
    const x = std.mem.span(s);
    std.debug.print("{s} {d} {s}\n", .{ x, x.len, @typeName(@TypeOf(x)) });
    var buf = [_:0]u8{ 'a', 'b', 0, 'c' };
    const p: [*:0]u8 = &buf;
    const y = std.mem.span(p);
    std.debug.print("{s} {d}\n", .{ y, y.len });
    const z = std.mem.sliceTo(&buf, 0);
    std.debug.print("{s} {s}\n", .{ z, @typeName(@TypeOf(z)) });
}
