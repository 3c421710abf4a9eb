const std = @import("std");

pub fn main() !void {
    var buf: [32]u8 align(16) = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const al = fba.allocator();
    _ = try al.alloc(u8, 20);
    std.debug.print("used: {d}\n", .{fba.end_index});
    fba.reset();
    std.debug.print("after reset: {d}\n", .{fba.end_index});
    const again = try al.alloc(u8, 32);
    std.debug.print("whole buffer again: {d}\n", .{again.len});
}
