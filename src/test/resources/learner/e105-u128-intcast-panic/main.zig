const std = @import("std");

fn toU64(big: u128) u64 {
    return @intCast(big);
}

pub fn main() void {
    var total: u128 = 0;
    const parts = [_]u128{ 1 << 40, 1 << 60, 1 << 63 };
    for (parts) |p| {
        total += p;
        std.debug.print("total {d} -> u64 {d}\n", .{ total, toU64(total) });
    }
    total <<= 1;
    std.debug.print("doubled: {d}\n", .{total});
    std.debug.print("as u64: {d}\n", .{toU64(total)});
}
