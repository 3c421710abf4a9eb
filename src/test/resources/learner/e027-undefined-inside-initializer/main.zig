const std = @import("std");
const S = struct { buf: [4]u8 = undefined, n: usize = 0 };
const P = struct { x: u32, y: u32 };
pub fn main() void {
    var s = S{};
    var p: P = .{ .x = 1, .y = undefined };
    var q: [3]u16 = .{ 1, undefined, 3 };
    var whole: [2]u8 = undefined;
    var rt: usize = 5;
    _ = &rt;
    var s2 = S{ .n = rt };
    var t: struct { a: u8, b: [2]u8 } = .{ .a = 1, .b = undefined };
    _ = .{ &s, &p, &q, &whole, &s2, &t };
    std.debug.print("{any} {} {} {any} {any} {any}\n", .{ s.buf, p.y, q[1], whole, s2.buf, t.b });
}
