const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var sf = std.heap.stackFallback(16, a);
    const al = sf.get();
    const small = try al.alloc(u8, 8);
    std.debug.print("small on stack: {}\n", .{sf.fixed_buffer_allocator.ownsSlice(small)});
    const big = try al.alloc(u8, 100);
    std.debug.print("big on stack: {}\n", .{sf.fixed_buffer_allocator.ownsSlice(big)});
    al.free(big);
    al.free(small);
}
