const std = @import("std");

pub fn main() !void {
    var buf: [32]u8 align(16) = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const al = fba.threadSafeAllocator();
    const x = try al.alloc(u8, 8);
    al.free(x);
    std.debug.print("free is a no-op: end_index {d}\n", .{fba.end_index});
    _ = try al.alloc(u8, 24);
    std.debug.print("full: end_index {d}\n", .{fba.end_index});
    std.debug.print("one more: {any}\n", .{al.alloc(u8, 1)});
}
