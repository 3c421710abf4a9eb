const std = @import("std");

pub fn main() !void {
    var buf: [32]u8 align(16) = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const VA = std.mem.ValidationAllocator(std.mem.Allocator);
    var va = VA.init(fba.allocator());
    const p = try va.allocator().create(u32);
    p.* = 7;
    std.debug.print("created: {}\n", .{p.*});
    std.debug.print("used: {}\n", .{fba.end_index});
}
