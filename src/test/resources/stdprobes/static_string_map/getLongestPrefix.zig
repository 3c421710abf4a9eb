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
    for ([_][]const u8{ "quitnow", "gone", "stopped", "x", "" }) |s| {
        if (map.getLongestPrefix(s)) |kv| {
            std.debug.print("{s}: {s} -> {s}\n", .{ s, kv.key, @tagName(kv.value) });
        } else std.debug.print("{s}: null\n", .{s});
    }
}
