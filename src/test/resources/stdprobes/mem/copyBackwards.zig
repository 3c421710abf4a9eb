const std = @import("std");

pub fn main() void {
    var buf = [_]u8{ 'a', 'b', 'c', 'd', 'e', 'f' };
    std.mem.copyBackwards(u8, buf[2..], buf[0..4]);
    std.debug.print("overlap: {s}\n", .{buf});
    var dst = [_]i32{ 0, 0, 0 };
    std.mem.copyBackwards(i32, &dst, &[_]i32{ 5, 6, 7 });
    std.debug.print("full: {any}\n", .{dst});
    std.mem.copyBackwards(i32, &dst, &[_]i32{});
    std.debug.print("empty: {any}\n", .{dst});
}
