const std = @import("std");

pub fn main() !void {
    var buf: [64]u8 align(16) = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const a = fba.allocator();
    const s = try a.alloc(u8, 10);
    std.debug.print("after alloc: {}\n", .{fba.end_index});
    a.free(s);
    std.debug.print("after free: {}\n", .{fba.end_index});
    const z = try a.allocSentinel(u8, 3, 0);
    std.debug.print("sentinel alloc: {}\n", .{fba.end_index});
    a.free(z);
    std.debug.print("sentinel free: {}\n", .{fba.end_index});
    const e: []u8 = &.{};
    a.free(e);
    std.debug.print("empty free: {}\n", .{fba.end_index});
}
