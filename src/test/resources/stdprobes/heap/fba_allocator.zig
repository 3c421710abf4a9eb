const std = @import("std");

pub fn main() !void {
    var buf: [64]u8 align(16) = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const al = fba.allocator();
    const x = try al.alloc(u8, 10);
    std.debug.print("10 bytes: end_index {d}\n", .{fba.end_index});
    const y = try al.create(u64);
    std.debug.print("u64 aligned: end_index {d}\n", .{fba.end_index});
    al.destroy(y);
    std.debug.print("free last: end_index {d}\n", .{fba.end_index});
    al.free(x);
    std.debug.print("free first: end_index {d}\n", .{fba.end_index});
    std.debug.print("too big: {any}\n", .{al.alloc(u8, 65)});
}
