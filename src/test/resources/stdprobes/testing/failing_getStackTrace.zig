const std = @import("std");

pub fn main() !void {
    var failing = std.testing.FailingAllocator.init(std.heap.page_allocator, .{ .fail_index = 0 });
    const a = failing.allocator();
    if (a.alloc(u8, 8)) |_| {
        std.debug.print("unexpected success\n", .{});
    } else |err| {
        std.debug.print("alloc failed: {s}\n", .{@errorName(err)});
    }
    const trace = failing.getStackTrace();
    std.debug.print("has frames: {}\n", .{trace.index > 0});
    std.debug.print("first frame nonzero: {}\n", .{trace.instruction_addresses[0] != 0});
}
