const std = @import("std");

const Point = struct { x: i32, y: i32 };

pub fn main() void {
    var pts = [_]Point{ .{ .x = 1, .y = 2 }, .{ .x = 3, .y = 4 } };
    for (pts) |p| {
        p.x += 10;
    }
    std.debug.print("{any}\n", .{pts});
}
