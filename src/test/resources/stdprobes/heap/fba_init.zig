const std = @import("std");

pub fn main() !void {
    var buf: [64]u8 align(16) = undefined;
    const fba = std.heap.FixedBufferAllocator.init(&buf);
    std.debug.print("end_index {d} buffer len {d}\n", .{ fba.end_index, fba.buffer.len });
    var empty_buf: [0]u8 = undefined;
    _ = &empty_buf;
    var none = std.heap.FixedBufferAllocator.init(&empty_buf);
    std.debug.print("empty buffer alloc: {any}\n", .{none.allocator().alloc(u8, 1)});
}
