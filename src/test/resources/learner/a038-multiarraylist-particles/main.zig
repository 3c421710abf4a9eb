const std = @import("std");
const testing = std.testing;

const Particle = struct {
    x: f32,
    vx: f32,
    alive: bool = true,
};

fn step(list: *std.MultiArrayList(Particle), dt: f32) void {
    const xs = list.items(.x);
    const vxs = list.items(.vx);
    for (xs, vxs, list.items(.alive)) |*x, vx, *alive| {
        x.* += vx * dt;
        if (x.* < 0 or x.* > 10) alive.* = false;
    }
}

fn sweep(list: *std.MultiArrayList(Particle)) usize {
    var removed: usize = 0;
    var i: usize = list.len;
    while (i > 0) {
        i -= 1;
        if (!list.items(.alive)[i]) {
            list.swapRemove(i);
            removed += 1;
        }
    }
    return removed;
}

test "fields are stored in separate arrays" {
    var list = std.MultiArrayList(Particle){};
    defer list.deinit(testing.allocator);
    try list.append(testing.allocator, .{ .x = 1, .vx = 2 });
    try list.append(testing.allocator, .{ .x = 9, .vx = 3 });
    try list.append(testing.allocator, .{ .x = 5, .vx = -1 });
    try testing.expectEqual(@as(usize, 3), list.len);
    try testing.expectEqualSlices(f32, &.{ 1, 9, 5 }, list.items(.x));
    step(&list, 1.0);
    try testing.expectEqualSlices(f32, &.{ 3, 12, 4 }, list.items(.x));
    try testing.expectEqual(false, list.get(1).alive);
}

test "sweep removes dead particles" {
    var list = std.MultiArrayList(Particle){};
    defer list.deinit(testing.allocator);
    for (0..5) |i| {
        const f: f32 = @floatFromInt(i);
        try list.append(testing.allocator, .{ .x = f * 2.5, .vx = 1 });
    }
    step(&list, 1.5);
    try testing.expectEqual(@as(usize, 1), sweep(&list));
    try testing.expectEqual(@as(usize, 4), list.len);
    list.set(0, .{ .x = 0.5, .vx = 0 });
    try testing.expectApproxEqAbs(@as(f32, 0.5), list.get(0).x, 0.001);
}
