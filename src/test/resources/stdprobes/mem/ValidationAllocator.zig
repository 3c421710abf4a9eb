const std = @import("std");

pub fn main() !void {
    var buf: [64]u8 align(16) = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    var va = std.mem.ValidationAllocator(std.mem.Allocator).init(fba.allocator());
    const a = va.allocator();
    const s = try a.alloc(u8, 10);
    std.debug.print("alloc len: {}\n", .{s.len});
    std.debug.print("fba used: {}\n", .{fba.end_index});
    a.free(s);
    std.debug.print("after free: {}\n", .{fba.end_index});
    const big = a.alloc(u8, 100);
    std.debug.print("too big: {any}\n", .{big});
}
