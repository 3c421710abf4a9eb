const std = @import("std");

const Pair = struct { []const u8, u32 };

fn minMax(xs: []const i32) struct { min: i32, max: i32, idx: usize } {
    var lo = xs[0];
    var hi = xs[0];
    var at: usize = 0;
    for (xs[1..], 1..) |x, i| {
        if (x < lo) lo = x;
        if (x > hi) {
            hi = x;
            at = i;
        }
    }
    return .{ .min = lo, .max = hi, .idx = at };
}

fn divmod(a: u32, b: u32) struct { u32, u32 } {
    return .{ a / b, a % b };
}

pub fn main() void {
    const r = minMax(&.{ 4, -2, 9, 9, 0 });
    std.debug.print("min={d} max={d} at={d}\n", .{ r.min, r.max, r.idx });
    std.debug.print("fields={d}\n", .{std.meta.fields(@TypeOf(r)).len});
    const q, const m = divmod(17, 5);
    std.debug.print("q={d} m={d}\n", .{ q, m });
    const t = .{ "mixed", 42, 2.5, true, 'x' };
    std.debug.print("len={d} {s} {d} {d} {} {c}\n", .{ t.len, t[0], t[1], t[2], t[3], t[4] });
    inline for (t, 0..) |f, i| std.debug.print("[{d}] {s}\n", .{ i, @typeName(@TypeOf(f)) });
    const pairs = [_]Pair{ .{ "a", 1 }, .{ "bb", 22 } };
    for (pairs) |p| std.debug.print("{s}={d} ", .{ p[0], p[1] });
    std.debug.print("\n{any}\n", .{pairs});
    const anon = .{ .x = 1, .y = .{ .z = "deep" } };
    std.debug.print("{s} {d}\n", .{ anon.y.z, anon.x });
    const Local = struct { v: u8 };
    std.debug.print("{s} {s}\n", .{ @typeName(Local), @typeName(Pair) });
    var arr = [_]u8{ 1, 2, 3 };
    const a, const b, const c = arr;
    arr[0] = 9;
    std.debug.print("{d}{d}{d} {any}\n", .{ a, b, c, arr });
}
