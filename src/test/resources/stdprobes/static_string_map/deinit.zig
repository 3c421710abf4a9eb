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
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();

    const m = try std.StaticStringMap(u8).init([_]struct { []const u8, u8 }{.{ "k", 1 }}, a);
    m.deinit(a);
    std.debug.print("deinit: ok\n", .{});
}
