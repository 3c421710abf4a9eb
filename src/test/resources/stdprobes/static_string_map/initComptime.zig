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
    const m = std.StaticStringMap(u16).initComptime(.{ .{ "one", 1 }, .{ "two", 2 }, .{ "three", 3 } });
    std.debug.print("two: {?}\n", .{m.get("two")});
    std.debug.print("keys: {d}\n", .{m.keys().len});
    const kvs = [_]struct { []const u8, u16 }{ .{ "x", 10 }, .{ "yy", 20 } };
    const m2 = std.StaticStringMap(u16).initComptime(kvs);
    std.debug.print("from array yy: {?}\n", .{m2.get("yy")});
    std.debug.print("min {d} max {d}\n", .{ m2.min_len, m2.max_len });
}
