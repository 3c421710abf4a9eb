const std = @import("std");

pub fn main() void {
    var s = [_]u8{ 'a', '-', 'b', '-' };
    std.mem.replaceScalar(u8, &s, '-', '_');
    std.debug.print("dashes: {s}\n", .{s});
    std.mem.replaceScalar(u8, &s, 'z', '!');
    std.debug.print("absent: {s}\n", .{s});
    var n = [_]i32{ 0, 1, 0 };
    std.mem.replaceScalar(i32, &n, 0, -1);
    std.debug.print("ints: {any}\n", .{n});
}
