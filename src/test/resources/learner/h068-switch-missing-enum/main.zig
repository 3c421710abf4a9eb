const std = @import("std");

const Dir = enum { north, east, south, west };

fn turnRight(d: Dir) Dir {
    return switch (d) {
        .north => .east,
        .east => .south,
        .south => .west,
    };
}

pub fn main() void {
    std.debug.print("{s}\n", .{@tagName(turnRight(.north))});
}
