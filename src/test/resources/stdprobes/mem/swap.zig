const std = @import("std");

pub fn main() void {
    var x: i32 = 1;
    var y: i32 = 2;
    std.mem.swap(i32, &x, &y);
    std.debug.print("ints: {} {}\n", .{ x, y });
    var s: []const u8 = "left";
    var t: []const u8 = "right";
    std.mem.swap([]const u8, &s, &t);
    std.debug.print("slices: {s} {s}\n", .{ s, t });
    std.mem.swap(i32, &x, &x);
    std.debug.print("self: {}\n", .{x});
}
