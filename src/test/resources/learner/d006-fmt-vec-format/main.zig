const std = @import("std");

const Vec2 = struct {
    x: f32,
    y: f32,

    pub fn format(self: Vec2, comptime fmt: []const u8, options: std.fmt.FormatOptions, writer: anytype) !void {
        _ = fmt;
        _ = options;
        try writer.print("({d:.1}, {d:.1})", .{ self.x, self.y });
    }

    fn add(a: Vec2, b: Vec2) Vec2 {
        return .{ .x = a.x + b.x, .y = a.y + b.y };
    }
};

const Body = struct {
    name: []const u8,
    pos: Vec2,
    vel: Vec2,

    pub fn format(self: Body, comptime fmt: []const u8, options: std.fmt.FormatOptions, writer: anytype) !void {
        _ = options;
        if (std.mem.eql(u8, fmt, "short")) {
            try writer.print("{s}@{}", .{ self.name, self.pos });
        } else {
            try writer.print("Body {s} pos={} vel={}", .{ self.name, self.pos, self.vel });
        }
    }
};

pub fn main() void {
    var bodies = [_]Body{
        .{ .name = "rock", .pos = .{ .x = 0, .y = 10 }, .vel = .{ .x = 1.5, .y = 0 } },
        .{ .name = "ball", .pos = .{ .x = -2, .y = 3 }, .vel = .{ .x = 0.25, .y = 2 } },
    };
    for (0..3) |step| {
        for (&bodies) |*b| b.pos = b.pos.add(b.vel);
        std.debug.print("step {d}: {short} | {short}\n", .{ step, bodies[0], bodies[1] });
    }
    for (bodies) |b| std.debug.print("{}\n", .{b});
    const v = Vec2{ .x = 3, .y = 4 };
    std.debug.print("v={} twice={}{}\n", .{ v, v, v });
    std.debug.print("raw any: {any}\n", .{[_]u8{ 1, 2, 3 }});
    std.debug.print("[{d:>5}] [{d:<5}] [{d:^5}]\n", .{ 42, 42, 42 });
}
