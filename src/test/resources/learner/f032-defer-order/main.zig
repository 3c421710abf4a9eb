const std = @import("std");

fn step(name: []const u8, fail: bool) !void {
    std.debug.print("enter {s}\n", .{name});
    defer std.debug.print("defer {s}\n", .{name});
    errdefer std.debug.print("errdefer {s}\n", .{name});
    if (fail) return error.StepFailed;
    std.debug.print("leave {s}\n", .{name});
}

fn pipeline(fail_at: usize) !void {
    defer std.debug.print("pipeline done\n", .{});
    errdefer |e| std.debug.print("pipeline failed: {s}\n", .{@errorName(e)});
    for (0..3) |i| {
        defer std.debug.print("  end iteration {d}\n", .{i});
        try step(switch (i) {
            0 => "load",
            1 => "parse",
            else => "save",
        }, i == fail_at);
    }
}

pub fn main() void {
    {
        defer std.debug.print("outer 1\n", .{});
        defer std.debug.print("outer 2\n", .{});
        {
            defer std.debug.print("inner\n", .{});
        }
        std.debug.print("body\n", .{});
    }
    pipeline(5) catch unreachable;
    std.debug.print("---\n", .{});
    pipeline(1) catch |e| std.debug.print("caught {}\n", .{e});
    var x: u8 = 1;
    defer std.debug.print("x at exit = {d}\n", .{x});
    x += 41;
}
