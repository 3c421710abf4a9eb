const std = @import("std");

pub fn main() !void {
    var buf: [32]u8 align(16) = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const al = fba.allocator();
    const x = try al.alloc(u8, 4);
    std.debug.print("x last: {}\n", .{fba.isLastAllocation(x)});
    const y = try al.alloc(u8, 4);
    std.debug.print("x last: {} y last: {}\n", .{ fba.isLastAllocation(x), fba.isLastAllocation(y) });
}
