const std = @import("std");

const Level = enum(u8) { low = 1, mid = 5, high = 9 };

fn parseLevel(b: u8) Level {
    return @enumFromInt(b);
}

fn config(name: []const u8) !u8 {
    if (std.mem.eql(u8, name, "fast")) return 9;
    if (std.mem.eql(u8, name, "slow")) return 1;
    return error.UnknownPreset;
}

pub fn main() void {
    for ([_][]const u8{ "fast", "slow" }) |p| {
        const lvl = parseLevel(config(p) catch unreachable);
        std.debug.print("{s}: {s} ({d})\n", .{ p, @tagName(lvl), @intFromEnum(lvl) });
    }
    const raw = [_]u8{ 5, 9, 1 };
    for (raw) |r| std.debug.print("{} ", .{parseLevel(r)});
    std.debug.print("\n", .{});
    const v = config("medium") catch unreachable;
    std.debug.print("{d}\n", .{v});
}
