const std = @import("std");
fn a() !void {
    return error.First;
}
fn b() !void {
    return error.Second;
}
fn c() !void {
    a() catch |e| return e;
}
fn d() !void {
    a() catch {};
    try b();
}
pub fn main() !void {
    d() catch |e| std.debug.print("d failed: {s}\n", .{@errorName(e)});
    c() catch |e| std.debug.print("c failed: {s}\n", .{@errorName(e)});
    if (a()) |_| {} else |e| std.debug.print("a: {s}\n", .{@errorName(e)});
    try c();
}
