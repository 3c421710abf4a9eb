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
    for (map.keys(), 0..) |k, i| std.debug.print("{d}: {s}\n", .{ i, k });
    const e = std.StaticStringMap(u8).initComptime(.{});
    std.debug.print("empty: {d}\n", .{e.keys().len});
}
