const std = @import("std");

const Particle = struct {
    x: f32,
    y: f32,
    vx: f32,
    vy: f32,
    alive: bool,
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const allocator = gpa.allocator();

    var ps = std.MultiArrayList(Particle){};
    defer ps.deinit(allocator);

    var prng = std.Random.DefaultPrng.init(1234);
    const rand = prng.random();
    for (0..6) |i| {
        try ps.append(allocator, .{
            .x = @floatFromInt(i),
            .y = 0,
            .vx = rand.float(f32) - 0.5,
            .vy = @as(f32, @floatFromInt(rand.intRangeAtMost(u8, 1, 4))),
            .alive = true,
        });
    }

    const s = ps.slice();
    const xs = s.items(.x);
    const ys = s.items(.y);
    const vys = s.items(.vy);
    const alive = s.items(.alive);
    for (0..3) |_| {
        for (xs, ys, s.items(.vx), vys) |*x, *y, vx, vy| {
            x.* += vx;
            y.* += vy;
        }
    }
    for (ys, alive) |y, *a| a.* = y < 10;
    for (0..ps.len) |i| {
        const p = ps.get(i);
        std.debug.print("p{d}: ({d:.2}, {d:.1}) alive={}\n", .{ i, p.x, p.y, p.alive });
    }
    ps.swapRemove(0);
    ps.orderedRemove(1);
    std.debug.print("len after removes: {d}, first y: {d}\n", .{ ps.len, ps.items(.y)[0] });
    ps.set(0, .{ .x = 0, .y = 0, .vx = 0, .vy = 0, .alive = false });
    var dead: usize = 0;
    for (ps.items(.alive)) |a| {
        if (!a) dead += 1;
    }
    std.debug.print("dead: {d}\n", .{dead});
}
