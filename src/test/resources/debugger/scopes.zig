const std = @import("std");
fn maybe(x: u32) ?u32 {
    if (x > 1) return x * 2;
    return null;
}
fn fails(x: u32) !u32 {
    if (x == 0) return error.Zero;
    return x;
}
pub fn main() void {
    const a: u32 = 3;
    if (maybe(a)) |m| {
        const inner = m + 1;
        _ = inner;
    }
    for ([_]u8{ 1, 2 }, 0..) |item, idx| {
        _ = item;
        _ = idx;
    }
    const r = fails(0) catch |err| blk: {
        std.debug.print("{s}\n", .{@errorName(err)});
        break :blk 7;
    };
    var w: u32 = 0;
    while (w < 2) : (w += 1) {
        const sq = w * w;
        _ = sq;
    }
    _ = r;
}
