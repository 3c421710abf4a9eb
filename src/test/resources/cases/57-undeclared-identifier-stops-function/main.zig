const std = @import("std");

const Shape = enum { circle, square };

fn scale(factor: u32) u32 {
    const base: u32 = 10;
    {
        const inner_unused = 3;
    }
    return base * factr;
}

fn area(s: Shape) u32 {
    const unused_here = 1;
    return switch (s) {
        .circle => 3,
        .square => 4,
    };
}

test "typo in a test" {
    const expected = 7;
    try std.testing.expectEqual(expcted, scale(1));
}

pub fn main() void {
    std.debug.print("{d} {d}\n", .{ scale(2), area(.circle) });
}
