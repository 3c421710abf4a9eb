const std = @import("std");
const math = std.math;

pub fn main() void {
    var buf: [8]u8 align(8) = .{ 1, 0, 0, 0, 2, 0, 0, 0 };
    const p: *align(1) u8 = &buf[0];
    if (math.alignCast(4, p)) |q| {
        std.debug.print("aligned: {} align {}\n", .{ q.*, @typeInfo(@TypeOf(q)).pointer.alignment });
    } else |err| std.debug.print("err: {}\n", .{err});
    const odd: *align(1) u8 = &buf[1];
    if (math.alignCast(4, odd)) |q| {
        std.debug.print("odd aligned: {}\n", .{q.*});
    } else |err| std.debug.print("odd: {}\n", .{err});
    const mp: [*]align(1) u8 = buf[4..].ptr;
    if (math.alignCast(4, mp)) |q| std.debug.print("many ptr: {}\n", .{q[0]}) else |err| std.debug.print("many ptr: {}\n", .{err});
}
