const std = @import("std");

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    const a = gpa.allocator();
    var sf = std.heap.stackFallback(64, a);
    const al = sf.get();
    const x = try al.alloc(u8, 64);
    std.debug.print("exactly fits: {}\n", .{sf.fixed_buffer_allocator.ownsSlice(x)});
    const y = try al.alloc(u8, 1);
    std.debug.print("next from fallback: {}\n", .{!sf.fixed_buffer_allocator.ownsSlice(y)});
    al.free(y);
    al.free(x);
}
