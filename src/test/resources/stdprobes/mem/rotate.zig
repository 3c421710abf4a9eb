const std = @import("std");

pub fn main() void {
    var a = [_]i32{ 5, 3, 1, 2, 4 };
    std.mem.rotate(i32, &a, 2);
    std.debug.print("by 2: {any}\n", .{a});
    std.mem.rotate(i32, &a, 0);
    std.debug.print("by 0: {any}\n", .{a});
    std.mem.rotate(i32, &a, a.len);
    std.debug.print("by len: {any}\n", .{a});
    var s = [_]u8{ 'a', 'b', 'c' };
    std.mem.rotate(u8, &s, 1);
    std.debug.print("str: {s}\n", .{s});
}
