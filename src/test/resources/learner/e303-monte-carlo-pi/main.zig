const std = @import("std");

const Point = struct { x: f64, y: f64 };

fn estimatePi(rand: std.Random, samples: usize) f64 {
    var inside: usize = 0;
    for (0..samples) |_| {
        const p = Point{ .x = rand.float(f64), .y = rand.float(f64) };
        if (p.x * p.x + p.y * p.y <= 1.0) inside += 1;
    }
    return 4.0 * @as(f64, @floatFromInt(inside)) / @as(f64, @floatFromInt(samples));
}

fn randomWalk(rand: std.Random, steps: usize) Point {
    var pos = Point{ .x = 0, .y = 0 };
    for (0..steps) |_| {
        const angle = rand.float(f64) * 2.0 * std.math.pi;
        const len = 1.0 + rand.floatNorm(f64) * 0.1;
        pos.x += len * @cos(angle);
        pos.y += len * @sin(angle);
    }
    return pos;
}

pub fn main() void {
    var prng = std.Random.DefaultPrng.init(31415);
    const rand = prng.random();

    var samples: usize = 100;
    while (samples <= 100000) : (samples *= 10) {
        const est = estimatePi(rand, samples);
        std.debug.print("{d:>6} samples: pi ~ {d:.5} (error {d:.5})\n", .{ samples, est, @abs(est - std.math.pi) });
    }

    var total: f64 = 0;
    for (0..5) |i| {
        const end = randomWalk(rand, 100);
        const dist = @sqrt(end.x * end.x + end.y * end.y);
        total += dist;
        std.debug.print("walk {d}: ended at ({d:.3}, {d:.3}), distance {d:.3}\n", .{ i, end.x, end.y, dist });
    }
    std.debug.print("mean distance {d:.3}\n", .{total / 5.0});

    // waiting times between events with rate 2 per minute
    var wait: f32 = 0;
    for (0..10) |_| wait += rand.floatExp(f32) / 2.0;
    std.debug.print("10 events took {d:.2} minutes\n", .{wait});
}
