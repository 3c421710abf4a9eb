const std = @import("std");

const Shape = union(enum) {
    circle: struct { r: f64 },
    rect: struct { w: f64, h: f64 },
    tri: [3]f64,

    fn area(self: Shape) f64 {
        return switch (self) {
            .circle => |c| std.math.pi * c.r * c.r,
            .rect => |r| r.w * r.h,
            .tri => |s| blk: {
                const p = (s[0] + s[1] + s[2]) / 2;
                break :blk @sqrt(p * (p - s[0]) * (p - s[1]) * (p - s[2]));
            },
        };
    }
};

pub fn main() void {
    const shapes = [_]Shape{
        .{ .circle = .{ .r = 1 } },
        .{ .rect = .{ .w = 2, .h = 3.5 } },
        .{ .tri = .{ 3, 4, 5 } },
    };
    var total: f64 = 0;
    for (shapes, 1..) |s, i| {
        const a = s.area();
        total += a;
        std.debug.print("{d}: {s} area={d:.3}\n", .{ i, @tagName(s), a });
    }
    std.debug.print("total {d:.2}\n", .{total});
    const E = enum(u4) { low = 1, mid = 5, high = 15 };
    inline for (std.meta.fields(E)) |f| std.debug.print("{s}={d} ", .{ f.name, f.value });
    std.debug.print("\n{}\n", .{@as(E, @enumFromInt(5))});
    var arr = [_]u8{ 5, 3, 9, 1 };
    std.mem.sort(u8, &arr, {}, std.sort.desc(u8));
    std.debug.print("{any} max={d} idx={d}\n", .{ arr, std.mem.max(u8, &arr), std.mem.indexOfScalar(u8, &arr, 3).? });
}
