const std = @import("std");

const Sample = struct { label: []const u8, value: f64 };

fn mean(xs: []const Sample) f64 {
    var s: f64 = 0;
    for (xs) |x| s += x.value;
    return s / @as(f64, @floatFromInt(xs.len));
}

pub fn main() !void {
    const stdout = std.io.getStdOut().writer();
    const samples = [_]Sample{
        .{ .label = "alpha", .value = 0.00042 },
        .{ .label = "beta", .value = 12345.678 },
        .{ .label = "gamma", .value = -3.5 },
        .{ .label = "delta", .value = 1.0e10 },
    };
    try stdout.print("{s:>6} | {s:>14} | {s:>12}\n", .{ "label", "scientific", "fixed" });
    for (samples) |s| {
        try stdout.print("{s:>6} | {e:>14.4} | {d:>12.3}\n", .{ s.label, s.value, s.value });
    }
    try stdout.print("mean = {d:.2} ({e})\n", .{ mean(&samples), mean(&samples) });

    var buf: [64]u8 = undefined;
    var fbs = std.io.fixedBufferStream(&buf);
    const w = fbs.writer();
    for (samples, 0..) |s, i| {
        if (i > 0) try w.writeAll(",");
        try w.print("{s}={d:.1}", .{ s.label[0..1], s.value });
    }
    try stdout.print("compact: {s} ({d} bytes)\n", .{ fbs.getWritten(), fbs.pos });
    std.debug.print("(stderr) done\n", .{});
}
