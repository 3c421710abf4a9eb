const std = @import("std");
fn get(xs: []const u8, i: usize) u8 {
    return xs[i];
}
pub fn main() !void {
    const al = std.heap.page_allocator;
    const xs = try al.alloc(u8, 4);
    defer al.free(xs);
    @memset(xs, 1);
    var i: usize = 0;
    while (i < 10) : (i += 1) std.debug.print("{d} ", .{get(xs, i)});
}
