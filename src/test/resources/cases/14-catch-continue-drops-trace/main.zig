const std = @import("std");
fn a(x: u32) !u32 {
    if (x == 1) return error.One;
    return x;
}
fn b() !void {
    return error.Final;
}
pub fn main() !void {
    for (0..3) |i| {
        const v = a(@intCast(i)) catch |e| {
            std.debug.print("{s}\n", .{@errorName(e)});
            continue;
        };
        std.debug.print("{d}\n", .{v});
    }
    const w = a(1) catch 7;
    std.debug.print("{d}\n", .{w});
    try b();
}
