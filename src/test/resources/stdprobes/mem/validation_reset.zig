const std = @import("std");

pub fn main() !void {
    var buf: [64]u8 align(16) = undefined;
    var va = std.mem.validationWrap(std.heap.FixedBufferAllocator.init(&buf));
    const a = va.allocator();
    _ = try a.alloc(u8, 40);
    std.debug.print("before reset: {}\n", .{va.underlying_allocator.end_index});
    va.reset();
    std.debug.print("after reset: {}\n", .{va.underlying_allocator.end_index});
    const again = try a.alloc(u8, 60);
    std.debug.print("realloc len: {}\n", .{again.len});
}
