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
    std.debug.print("look: {}\n", .{map.has("look")});
    std.debug.print("loo: {}\n", .{map.has("loo")});
    std.debug.print("q: {}\n", .{map.has("q")});
    std.debug.print("empty: {}\n", .{map.has("")});
}
