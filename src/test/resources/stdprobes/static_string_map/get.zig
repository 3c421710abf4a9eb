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
    for ([_][]const u8{ "go", "q", "quit", "jump", "" }) |s| {
        const c = map.get(s);
        std.debug.print("{s}: {s}\n", .{ s, if (c) |v| @tagName(v) else "null" });
    }
}
