const std = @import("std");
const Pair = struct { u8, bool };
fn Twice(comptime X: type) type {
    return struct { X, X };
}
pub fn main() void {
    var x: u8 = 3;
    _ = &x;
    std.debug.print("{s}\n", .{@typeName(Pair)});
    std.debug.print("{s}\n", .{@typeName(Twice(i32))});
    std.debug.print("{s}\n", .{@typeName(@TypeOf(.{ x, "x" }))});
    std.debug.print("{s}\n", .{@typeName(@TypeOf(.{ 1, 2.5, true }))});
    std.debug.print("{s}\n", .{@typeName(@TypeOf(@addWithOverflow(x, 1)))});
    std.debug.print("{s}\n", .{@typeName(@TypeOf(.{}))});
    const p: Pair = .{ 1, true };
    const t: Twice(i32) = .{ -1, 1 };
    std.debug.print("{any} {any}\n", .{ p, t });
    std.debug.print("[{d:.0}] [{d:.0}] [{d:.0}] [{d:.0}] [{d:.1}] [{e:.0}]\n", .{ @as(f64, 0.5), @as(f64, 0.7), @as(f64, 0.05), @as(f64, 9.5), @as(f64, 0.05), @as(f64, 9.5) });
}

test "mismatch" {
    const p: Pair = .{ 2, false };
    const q: u32 = p;
    _ = q;
}
