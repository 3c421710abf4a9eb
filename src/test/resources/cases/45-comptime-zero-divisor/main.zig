const std = @import("std");
pub fn main() void {
    const x: u32 = if (true) 1 else unreachable;
    std.debug.print("{}\n", .{x});
    const y = comptime blk: {
        break :blk @as(u32, 1) / 0;
    };
    _ = y;
}
