const std = @import("std");

const Shape = union(enum) {
    circle: f64,
    rect: struct { w: f64, h: f64 },
};

fn area(s: Shape) f64 {
    switch (s) {
        .circle => |r| return std.math.pi * r * r,
    }
}

pub fn main() void {
    std.debug.print("{d}\n", .{area(.{ .circle = 1 })});
}
