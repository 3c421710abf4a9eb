const std = @import("std");

fn minMax(values: []const i32) struct { i32, i32 } {
    var lo = values[0];
    var hi = values[0];
    for (values) |v| {
        lo = @min(lo, v);
        hi = @max(hi, v);
    }
    return .{ lo, hi };
}

fn divmod(a: u32, b: u32) struct { q: u32, r: u32 } {
    return .{ .q = a / b, .r = a % b };
}

pub fn main() !void {
    const out = std.io.getStdOut().writer();
    const mm = minMax(&.{ 5, -3, 12, 7 });
    try out.print("min {d} max {d} len {d}\n", .{ mm[0], mm[1], mm.len });
    const lo, const hi = minMax(&.{ 9, 4 });
    try out.print("destructured {d} {d}\n", .{ lo, hi });
    const dm = divmod(47, 5);
    try out.print("47 = 5*{d} + {d}\n", .{ dm.q, dm.r });
    const t = .{ @as(u8, 1), "two", @as(f32, 3.0) };
    inline for (t, 0..) |field, i| {
        try out.print("[{d}] {s} = {any}\n", .{ i, @typeName(@TypeOf(field)), field });
    }
    const joined = t ++ .{true};
    try out.print("joined len {d}, last {}\n", .{ joined.len, joined[3] });
    const rep = .{ @as(u8, 7) } ** 3;
    try out.print("repeated {any}\n", .{rep});
    var x: u32 = 1;
    var y: u32 = 2;
    x, y = .{ y, x };
    try out.print("swapped {d} {d}\n", .{ x, y });
    const arr = [3]u8{ 10, 20, 30 };
    const p, const q, const r = arr;
    try out.print("array destructure {d} {d} {d}\n", .{ p, q, r });
    try out.print("{s}\n", .{@typeName(@TypeOf(mm))});
    const fields = std.meta.fields(@TypeOf(dm));
    inline for (fields) |f| try out.print("field {s}: {s} = {d}\n", .{ f.name, @typeName(f.type), @field(dm, f.name) });
}
