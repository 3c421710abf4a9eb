const std = @import("std");

const Sample = struct { t: f32, v: f16, ok: bool };

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const alloc = gpa.allocator();
    const n = 6;
    const samples = try alloc.alloc(Sample, n);
    defer alloc.free(samples);
    @memset(samples, .{ .t = 0, .v = 1.5, .ok = true });
    for (samples, 0..) |*s, i| {
        const fi: f32 = @floatFromInt(i);
        s.t = fi * 0.25;
        s.v *= @floatCast(fi - 2);
        s.ok = s.v >= 0;
    }
    for (samples) |s| std.debug.print("t={d:.2} v={d} ok={}\n", .{ s.t, s.v, s.ok });
    var hist = [_]f32{0} ** 4;
    for (samples) |s| hist[@intFromFloat(@floor(s.t))] += s.t;
    std.debug.print("hist={d}\n", .{hist});
    const bytes = std.mem.sliceAsBytes(hist[0..2]);
    std.debug.print("bytes={x}\n", .{bytes});
    const back = std.mem.bytesAsSlice(f32, bytes);
    std.debug.print("back={d} len={d}\n", .{ back, back.len });
    var f: f16 = 65504;
    std.debug.print("f16 max={d} +1={d}\n", .{ f, f + 1 });
    f *= 2;
    std.debug.print("overflow -> {d}\n", .{f});
    const tiny: f32 = 1e-45;
    std.debug.print("tiny={e} half={e}\n", .{ tiny, tiny / 2 });
    std.debug.print("nan==nan {} isNan {} inf>max {}\n", .{ std.math.nan(f32) == std.math.nan(f32), std.math.isNan(std.math.nan(f32)), std.math.inf(f32) > std.math.floatMax(f32) });
    var big: f32 = 3e9;
    _ = &big;
    std.debug.print("{d}\n", .{@as(i32, @intFromFloat(big))});
}
