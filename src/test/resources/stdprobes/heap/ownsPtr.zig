const std = @import("std");

pub fn main() !void {
    var buf: [16]u8 align(16) = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const x = try fba.allocator().alloc(u8, 4);
    var other: u8 = 0;
    std.debug.print("allocated ptr: {}\n", .{fba.ownsPtr(x.ptr)});
    std.debug.print("buffer end: {}\n", .{fba.ownsPtr(buf[15..].ptr)});
    std.debug.print("stack byte: {}\n", .{fba.ownsPtr(@ptrCast(&other))});
}
