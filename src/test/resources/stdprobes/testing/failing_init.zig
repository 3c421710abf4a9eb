const std = @import("std");

pub fn main() !void {
    var buf: [64]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const f0 = std.testing.FailingAllocator.init(fba.allocator(), .{});
    std.debug.print("default fail_index max: {}\n", .{f0.fail_index == std.math.maxInt(usize)});
    const f1 = std.testing.FailingAllocator.init(fba.allocator(), .{ .fail_index = 2 });
    std.debug.print("fail_index 2: {d}, allocations {d}, induced {}\n", .{ f1.fail_index, f1.allocations, f1.has_induced_failure });
    const f2 = std.testing.FailingAllocator.init(fba.allocator(), .{ .resize_fail_index = 0 });
    std.debug.print("resize_fail_index: {d}, alloc_index {d}\n", .{ f2.resize_fail_index, f2.alloc_index });
}
