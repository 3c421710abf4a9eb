const std = @import("std");

pub fn main() !void {
    var failing = std.testing.FailingAllocator.init(std.heap.page_allocator, .{ .fail_index = 2 });
    const a = failing.allocator();
    const x = try a.alloc(u8, 4);
    std.debug.print("first alloc ok: len {d}\n", .{x.len});
    const y = try a.create(u32);
    std.debug.print("second alloc ok\n", .{});
    const z = a.alloc(u8, 1);
    std.debug.print("third alloc: {any}\n", .{z});
    a.free(x);
    a.destroy(y);
    std.debug.print("allocated {d} freed {d} allocations {d} deallocations {d} induced {}\n", .{ failing.allocated_bytes, failing.freed_bytes, failing.allocations, failing.deallocations, failing.has_induced_failure });
}
