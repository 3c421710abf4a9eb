const std = @import("std");

const Shape = union(enum) {
    circle: f32,
    rect: struct { f32, f32 },

    fn area(self: Shape) f32 {
        return switch (self) {
            .circle => |r| std.math.pi * r * r,
            .rect => |wh| wh[0] * wh[1],
        };
    }
};

pub fn main() void {
    const shapes = [_]Shape{ .{ .circle = 1 }, .{ .rect = .{ 2, 3 } } };
    var total: f32 = 0;
    for (shapes) |s| total += s.area();
    std.debug.print("total={d:.3}\n", .{total});
    const biggest = blk: {
        var best = shapes[0];
        for (shapes[1..]) |s| if (s.area() > best.area()) {
            best = s;
        };
        break :blk best;
    };
    std.debug.print("biggest={s}\n", .{@tagName(biggest)});
    var count: u32 = shapes.len;
    _ = &count;
    const avg: f32 = total / count;
    std.debug.print("avg={d}\n", .{avg});
}
