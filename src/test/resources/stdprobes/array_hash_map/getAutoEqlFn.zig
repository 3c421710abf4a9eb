const std = @import("std");

pub fn main() !void {
    const eq = std.array_hash_map.getAutoEqlFn([2]u8, void);
    std.debug.print("same: {}\n", .{eq({}, .{ 1, 2 }, .{ 1, 2 }, 0)});
    std.debug.print("differ: {}\n", .{eq({}, .{ 1, 2 }, .{ 2, 1 }, 0)});
    const P = struct { x: u8 };
    std.debug.print("struct: {}\n", .{std.array_hash_map.getAutoEqlFn(P, void)({}, .{ .x = 1 }, .{ .x = 1 }, 3)});
}
