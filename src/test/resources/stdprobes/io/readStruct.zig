const std = @import("std");

pub fn main() !void {
    const P = extern struct { a: u8, b: u8, c: u16 };
    var fbs = std.io.fixedBufferStream(&[_]u8{ 1, 2, 3, 4, 5 });
    const r = fbs.reader();
    const p = try r.readStruct(P);
    std.debug.print("a={d} b={d} c={x}h\n", .{ p.a, p.b, p.c });
    std.debug.print("second: {s}\n", .{if (r.readStruct(P)) |_| "ok" else |e| @errorName(e)});
}
