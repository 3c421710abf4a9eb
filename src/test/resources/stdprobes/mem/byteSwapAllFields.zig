const std = @import("std");

const E = enum(u16) { a = 1, b = 0x0100 };
const S = struct { x: u16, y: u32, f: bool, e: E, arr: [2]u16 };

pub fn main() void {
    var s = S{ .x = 0x1234, .y = 0x11223344, .f = true, .e = .a, .arr = .{ 1, 0x0200 } };
    std.mem.byteSwapAllFields(S, &s);
    std.debug.print("x: {x}\n", .{s.x});
    std.debug.print("y: {x}\n", .{s.y});
    std.debug.print("f: {}\n", .{s.f});
    std.debug.print("e: {s}\n", .{@tagName(s.e)});
    std.debug.print("arr: {any}\n", .{s.arr});
}
