const std = @import("std");

pub fn main() void {
    var buf = [_]u8{ 'a', 'b', 'c', 'd', 'e', 'f' };
    std.mem.copyForwards(u8, buf[0..], buf[2..]);
    std.debug.print("overlap: {s}\n", .{buf});
    var dst = [_]i32{ 0, 0, 0 };
    std.mem.copyForwards(i32, &dst, &[_]i32{ 1, -2 });
    std.debug.print("partial: {any}\n", .{dst});
    std.mem.copyForwards(i32, &dst, &[_]i32{});
    std.debug.print("empty: {any}\n", .{dst});
}
