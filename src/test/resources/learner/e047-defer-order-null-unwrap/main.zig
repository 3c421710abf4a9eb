const std = @import("std");

fn step(name: []const u8, fail: bool) !void {
    std.debug.print("enter {s}\n", .{name});
    defer std.debug.print("defer {s}\n", .{name});
    errdefer |err| std.debug.print("errdefer {s}: {s}\n", .{ name, @errorName(err) });
    if (fail) return error.StepFailed;
    std.debug.print("ok {s}\n", .{name});
}

pub fn main() void {
    {
        defer std.debug.print("1\n", .{});
        defer std.debug.print("2\n", .{});
        std.debug.print("body\n", .{});
    }
    step("a", false) catch unreachable;
    step("b", true) catch |e| std.debug.print("main caught {}\n", .{e});
    for (0..3) |i| {
        defer std.debug.print("iter {d} done\n", .{i});
        if (i == 1) continue;
        std.debug.print("iter {d}\n", .{i});
    }
    var list: ?[]const u8 = null;
    std.debug.print("{s}\n", .{list orelse "empty"});
    list = "x";
    std.debug.print("{s}\n", .{list.?});
    list = null;
    std.debug.print("{s}\n", .{list.?});
}
