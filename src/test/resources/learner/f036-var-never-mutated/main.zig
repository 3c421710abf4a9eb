const std = @import("std");

const Point = struct { x: i32, y: i32 };

pub fn main() void {
    var origin = Point{ .x = 0, .y = 0 };
    var p = Point{ .x = 3, .y = 4 };
    p.x += 1;
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    std.debug.print("manhattan {d}\n", .{@abs(dx) + @abs(dy)});
}
