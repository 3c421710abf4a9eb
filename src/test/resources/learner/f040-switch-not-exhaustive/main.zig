const std = @import("std");

const Cmd = enum { up, down, left, right, stop };

fn move(pos: *[2]i32, cmd: Cmd) void {
    switch (cmd) {
        .up => pos[1] -= 1,
        .down => pos[1] += 1,
        .left => pos[0] -= 1,
        .right => pos[0] += 1,
    }
}

pub fn main() void {
    var pos = [2]i32{ 0, 0 };
    for ([_]Cmd{ .up, .up, .left, .stop }) |c| move(&pos, c);
    std.debug.print("{d},{d}\n", .{ pos[0], pos[1] });
}
