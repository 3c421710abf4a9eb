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
    std.debug.print("q: {?}\n", .{map.getIndex("q")});
    std.debug.print("go: {?}\n", .{map.getIndex("go")});
    std.debug.print("nope: {?}\n", .{map.getIndex("nope")});
    std.debug.print("toolongword: {?}\n", .{map.getIndex("toolongword")});
}
