const std = @import("std");

pub fn main() !void {
    var buf: [64]u8 align(16) = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const a = fba.allocator();
    const p = try a.create(u64);
    std.debug.print("after create: {}\n", .{fba.end_index});
    a.destroy(p);
    std.debug.print("after destroy: {}\n", .{fba.end_index});
    const q = try a.create(u8);
    const r = try a.create(u8);
    a.destroy(q);
    std.debug.print("destroy not last: {}\n", .{fba.end_index});
    a.destroy(r);
    std.debug.print("destroy last: {}\n", .{fba.end_index});
}
