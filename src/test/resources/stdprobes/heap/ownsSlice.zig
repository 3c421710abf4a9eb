const std = @import("std");

pub fn main() !void {
    var buf: [16]u8 align(16) = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const x = try fba.allocator().alloc(u8, 4);
    var other = [_]u8{ 1, 2 };
    std.debug.print("allocated: {}\n", .{fba.ownsSlice(x)});
    std.debug.print("whole buffer: {}\n", .{fba.ownsSlice(&buf)});
    std.debug.print("foreign: {}\n", .{fba.ownsSlice(&other)});
}
