const std = @import("std");

pub fn main() void {
    var a = [_]i32{ 1, 2, 3, 4, 5 };
    std.mem.reverse(i32, &a);
    std.debug.print("odd: {any}\n", .{a});
    var b = [_]u8{ 'a', 'b', 'c', 'd' };
    std.mem.reverse(u8, &b);
    std.debug.print("even: {s}\n", .{b});
    var e = [_]u8{};
    std.mem.reverse(u8, &e);
    std.debug.print("empty: {s}\n", .{e});
}
