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
    std.debug.print("go: {?}\n", .{map.get("go")});
    std.debug.print("GO: {?}\n", .{map.get("GO")});
    const M = std.StaticStringMap(u8);
    const e = M.initComptime(.{});
    std.debug.print("empty get: {?}\n", .{e.get("x")});
    const Set = std.StaticStringMap(void).initComptime(.{ .{"a"}, .{"bb"} });
    std.debug.print("void set has bb: {} has c: {}\n", .{ Set.has("bb"), Set.has("c") });
}
