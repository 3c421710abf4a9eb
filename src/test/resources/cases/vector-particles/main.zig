const std = @import("std");

const Vec4 = @Vector(4, f32);

const Particle = struct {
    pos: Vec4,
    vel: Vec4,

    fn step(self: *Particle, dt: f32) void {
        self.pos += self.vel * @as(Vec4, @splat(dt));
    }
};

fn length(v: Vec4) f32 {
    return @sqrt(@reduce(.Add, v * v));
}

fn sumSlice(xs: []const i32) i32 {
    const N = 4;
    var acc: @Vector(N, i32) = @splat(0);
    var i: usize = 0;
    while (i + N <= xs.len) : (i += N) {
        const chunk: @Vector(N, i32) = xs[i..][0..N].*;
        acc += chunk;
    }
    var total = @reduce(.Add, acc);
    while (i < xs.len) : (i += 1) total += xs[i];
    return total;
}

pub fn main() !void {
    var gpa: std.heap.GeneralPurposeAllocator(.{}) = .init;
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    const ps = try allocator.alloc(Particle, 3);
    defer allocator.free(ps);
    for (ps, 0..) |*p, i| {
        const f: f32 = @floatFromInt(i);
        p.* = .{ .pos = @splat(f), .vel = .{ 1, 0.5, -1, 0 } };
    }
    for (ps) |*p| p.step(0.5);
    for (ps) |p| std.debug.print("{d:.2} |{d:.3}|\n", .{ p.pos, length(p.pos) });

    const data = [_]i32{ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
    std.debug.print("sum {d}\n", .{sumSlice(&data)});

    const text = "Hello, SIMD!";
    const lower: @Vector(12, u8) = text.*;
    const shifted = lower +% @as(@Vector(12, u8), @splat(1));
    const arr: [12]u8 = shifted;
    std.debug.print("{s}\n", .{&arr});
}
