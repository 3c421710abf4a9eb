const std = @import("std");
const Color = enum { red, green };
const Tok = union(enum) { word: []const u8, num: u32, end };
const P = struct { x: i32, y: i32 };
fn a(n: u32) !?Tok {
    if (n == 0) return null;
    if (n == 1) return .end;
    if (n == 2) return .{ .num = n };
    return error.Bad;
}
fn b(n: u32) !?Color {
    if (n == 0) return .green;
    return null;
}
fn c(n: i32) !?P {
    if (n > 0) return .{ .x = n, .y = -n };
    return null;
}
fn d(n: u8) !?u16 {
    return @as(u16, n) * 300;
}
pub fn main() !void {
    std.debug.print("{any} {any} {any}\n", .{ try a(0), try a(1), try a(2) });
    std.debug.print("{any} {any}\n", .{ try b(0), try b(1) });
    std.debug.print("{any} {any}\n", .{ try c(2), try c(0) });
    std.debug.print("{any}\n", .{try d(200)});
    var o: ?Color = null;
    o = .red;
    const e: anyerror!?Color = .green;
    std.debug.print("{any} {any}\n", .{ o, e });
}
