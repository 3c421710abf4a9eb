const std = @import("std");

const Particle = struct {
    x: f32,
    v: f32,
    id: u16,
    alive: bool,
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    var ps = std.MultiArrayList(Particle){};
    defer ps.deinit(alloc);
    for (0..5) |i| {
        const f: f32 = @floatFromInt(i);
        try ps.append(alloc, .{ .x = f, .v = 0.5 * f - 1, .id = @intCast(100 + i), .alive = i != 2 });
    }
    const xs = ps.items(.x);
    const vs = ps.items(.v);
    for (xs, vs) |*x, v| x.* += v * 2;
    std.debug.print("xs={any}\n", .{ps.items(.x)});
    std.debug.print("ids={any}\n", .{ps.items(.id)});
    const p3 = ps.get(3);
    std.debug.print("p3 x={d:.1} v={d:.2} id={d} alive={}\n", .{ p3.x, p3.v, p3.id, p3.alive });
    ps.set(0, .{ .x = -9, .v = 0, .id = 1, .alive = false });
    var i: usize = ps.len;
    while (i > 0) {
        i -= 1;
        if (!ps.items(.alive)[i]) ps.swapRemove(i);
    }
    std.debug.print("len={d} ids={any}\n", .{ ps.len, ps.items(.id) });
    var s = ps.slice();
    std.debug.print("slice len={d} first id={d}\n", .{ s.len, s.items(.id)[0] });
    std.debug.print("{any}\n", .{s.get(1)});
    const extra = try alloc.alloc(Particle, 2);
    _ = extra;
}
