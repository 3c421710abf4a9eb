const std = @import("std");

fn step(name: []const u8, fail: bool) !void {
    std.debug.print("enter {s}\n", .{name});
    defer std.debug.print("leave {s}\n", .{name});
    errdefer |err| std.debug.print("undo {s} because {s}\n", .{ name, @errorName(err) });
    if (fail) return error.StepFailed;
}

fn pipeline(fail_at: usize) !void {
    defer std.debug.print("pipeline done\n", .{});
    try step("fetch", fail_at == 0);
    errdefer std.debug.print("rollback fetch\n", .{});
    try step("parse", fail_at == 1);
    errdefer std.debug.print("rollback parse\n", .{});
    {
        defer std.debug.print("inner block exit\n", .{});
        try step("store", fail_at == 2);
    }
    try step("notify", fail_at == 3);
}

pub fn main() !void {
    try pipeline(9);
    std.debug.print("----\n", .{});
    pipeline(1) catch |err| std.debug.print("caught {s}\n", .{@errorName(err)});
    std.debug.print("----\n", .{});
    try pipeline(2);
}
