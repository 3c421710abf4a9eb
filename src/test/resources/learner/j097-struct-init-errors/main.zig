const std = @import("std");
const Point = struct { x: i32, y: i32 };
pub fn main() void {
    const p = Point{ .x = 1, .y = 2, .z = 3 };
    std.debug.print("{d}\n", .{p.w});
    const q: Point = .{ .x = 1 };
    _ = q;
    const arr = [3]u8{ 1, 2 };
    _ = arr;
    var i: usize = 5;
    i = -1;
}
