const std = @import("std");
const g = [_]u8{ 'm', 'a', 'n', 'y' };
var gv = [_]u8{ 'm', 'a', 'n', 'y' };
pub fn main() void {
    const l = [_]u8{ 1, 2 };
    std.debug.print("{s}\n", .{@typeName(@TypeOf(g[0..]))});
    std.debug.print("{s}\n", .{@typeName(@TypeOf(g[1..3]))});
    std.debug.print("{s}\n", .{@typeName(@TypeOf(&g))});
    std.debug.print("{s}\n", .{@typeName(@TypeOf(gv[0..]))});
    std.debug.print("{s}\n", .{@typeName(@TypeOf(l[0..]))});
    std.debug.print("{s}\n", .{@typeName(@TypeOf(&l))});
    const w = switch (@as(u2, 2)) { 0 => "zero", else => g[0..] };
    std.debug.print("{s}\n", .{@typeName(@TypeOf(w))});
}
