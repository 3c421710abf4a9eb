const std = @import("std");

const Shape = union(enum) {
    circle: f64,
    square: f64,
    rect: struct { w: f64, h: f64 },
    none,

    fn area(self: Shape) f64 {
        return switch (self) {
            .circle => |r| 3.0 * r * r,
            .square => |s| s * s,
            .rect => |r| r.w * r.h,
            .none => 0,
        };
    }
};

const Color = enum(u8) {
    red = 1,
    green = 2,
    blue = 4,

    fn isWarm(self: Color) bool {
        return self == .red;
    }
};

pub fn main() void {
    const shapes = [_]Shape{ .{ .circle = 2 }, .{ .square = 3 }, .{ .rect = .{ .w = 2, .h = 5 } }, .none };
    for (shapes) |s| std.debug.print("{s}: {d}\n", .{ @tagName(s), s.area() });
    const c: Color = .blue;
    std.debug.print("{} {d} {}\n", .{ c, @intFromEnum(c), c.isWarm() });
    const d: Color = @enumFromInt(2);
    std.debug.print("{s}\n", .{@tagName(d)});
    var count: u8 = 0;
    for (shapes) |s| {
        switch (s) {
            .circle, .square => count += 1,
            else => {},
        }
    }
    std.debug.print("round-ish: {d}\n", .{count});
    std.debug.print("{any}\n", .{shapes[0]});
}
