const std = @import("std");

const defaults = [_]struct { []const u8, []const u8 }{
    .{ "host", "localhost" },
    .{ "port", "8080" },
    .{ "mode", "debug" },
    .{ "workers", "4" },
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();

    var config = std.StringArrayHashMap([]const u8).init(gpa.allocator());
    defer config.deinit();

    for (defaults) |pair| try config.put(pair[0], pair[1]);

    const overrides = "port=9090;mode=release;timeout=30";
    var it = std.mem.splitScalar(u8, overrides, ';');
    while (it.next()) |assignment| {
        const eq = std.mem.indexOfScalar(u8, assignment, '=') orelse continue;
        const key = assignment[0..eq];
        const value = assignment[eq + 1 ..];
        if (try config.fetchPut(key, value)) |old| {
            std.debug.print("override {s}: {s} -> {s}\n", .{ key, old.value, value });
        } else {
            std.debug.print("new key {s} = {s}\n", .{ key, value });
        }
    }

    if (config.getPtr("workers")) |w| w.* = "8";
    std.debug.print("removed mode: {}\n", .{config.orderedRemove("mode")});

    std.debug.print("--- {d} settings in insertion order ---\n", .{config.count()});
    for (config.keys(), config.values(), 0..) |k, v, i| {
        std.debug.print("{d}. {s}={s}\n", .{ i, k, v });
    }
    std.debug.print("get(timeout) = {?s}, get(mode) = {?s}\n", .{ config.get("timeout"), config.get("mode") });
}
