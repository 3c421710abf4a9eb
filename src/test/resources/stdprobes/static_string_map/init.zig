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

    const KV = struct { []const u8, u32 };
    const kvs = [_]KV{ .{ "alpha", 1 }, .{ "beta", 2 }, .{ "pi", 3 } };
    const m = try std.StaticStringMap(u32).init(kvs, a);
    defer m.deinit(a);
    std.debug.print("beta: {?}\n", .{m.get("beta")});
    std.debug.print("gamma: {?}\n", .{m.get("gamma")});
    std.debug.print("keys: {d}\n", .{m.keys().len});
    const e = try std.StaticStringMap(u32).init([_]KV{}, a);
    std.debug.print("empty len: {d}\n", .{e.keys().len});
}
