const std = @import("std");
fn name(i: usize) ![]u8 {
    if (i == 0) return error.Empty;
    var buf: [16]u8 = undefined;
    _ = &buf;
    return error.Later;
}
pub fn main() void {
    var buf: [4]u8 = undefined;
    const a = std.fmt.bufPrint(&buf, "{d}", .{12}) catch |err| @errorName(err);
    const b = std.fmt.bufPrint(&buf, "{d}", .{123456}) catch |err| @errorName(err);
    const c = name(0) catch "none";
    std.debug.print("{s} {s} {s} {s}\n", .{ a, b, c, @typeName(@TypeOf(a)) });
    std.debug.print("{s}\n", .{@typeName(@TypeOf(c))});
}
