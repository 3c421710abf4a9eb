const std = @import("std");

fn collect(alloc: std.mem.Allocator, n: usize) ![]u32 {
    const out = try alloc.alloc(u32, n);
    errdefer alloc.free(out);
    const tmp = try alloc.alloc(u32, n);
    defer alloc.free(tmp);
    for (out, 0..) |*x, i| x.* = @intCast(i);
    return out;
}

test "collect" {
    const xs = try collect(std.testing.allocator, 4);
    defer std.testing.allocator.free(xs);
    try std.testing.expectEqual(@as(usize, 4), xs.len);
}
