const std = @import("std");

pub fn main() !void {
    const h = std.array_hash_map.getAutoHashFn(u32, void);
    std.debug.print("0: {d}\n", .{h({}, 0)});
    std.debug.print("42: {d}\n", .{h({}, 42)});
    const P = struct { x: u8, y: u16 };
    const hp = std.array_hash_map.getAutoHashFn(P, void);
    std.debug.print("struct: {d}\n", .{hp({}, .{ .x = 1, .y = 2 })});
    std.debug.print("struct equal inputs: {}\n", .{hp({}, .{ .x = 1, .y = 2 }) == hp({}, .{ .x = 1, .y = 2 })});
}
