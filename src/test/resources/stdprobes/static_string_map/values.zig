const std = @import("std");

const Cmd = enum { go, stop, look, quit };
const map = std.StaticStringMap(Cmd).initComptime(.{
    .{ "go", .go },
    .{ "stop", .stop },
    .{ "look", .look },
    .{ "quit", .quit },
    .{ "q", .quit },
});

pub fn main() !void {
    for (map.values(), 0..) |v, i| std.debug.print("{d}: {s}\n", .{ i, @tagName(v) });
    const m = std.StaticStringMap(i8).initComptime(.{ .{ "a", -1 }, .{ "b", 2 } });
    std.debug.print("ints: {any}\n", .{m.values()});
}
