const std = @import("std");
const P = struct { x: i32, y: i32 };
pub fn main() void {
    var m: ?u32 = 5;
    _ = &m;
    const p = &(m.?);
    p.* += 1;
    std.debug.print("{?d}\n", .{m});
    var q: ?P = .{ .x = 1, .y = 2 };
    q.?.x = 10;
    (&(q.?)).y += 5;
    std.debug.print("{any}\n", .{q});
    var n: ?*u32 = null;
    var k: u32 = 3;
    n = &k;
    n.?.* += 1;
    std.debug.print("{d}\n", .{k});
    var e: ?u8 = null;
    _ = &e;
    e.? = 4;
}
