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
    std.debug.print("quitnow: {?}\n", .{map.getLongestPrefixIndex("quitnow")});
    std.debug.print("qx: {?}\n", .{map.getLongestPrefixIndex("qx")});
    std.debug.print("zzz: {?}\n", .{map.getLongestPrefixIndex("zzz")});
}
