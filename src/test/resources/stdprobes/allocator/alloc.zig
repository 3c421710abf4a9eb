const std = @import("std");

pub fn main() !void {
    var buf: [64]u8 align(16) = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const a = fba.allocator();
    const s = try a.alloc(u8, 10);
    std.debug.print("len: {} used: {}\n", .{ s.len, fba.end_index });
    const t = try a.alloc(u32, 3);
    std.debug.print("u32 len: {} used: {}\n", .{ t.len, fba.end_index });
    const e = try a.alloc(u8, 0);
    std.debug.print("zero len: {} used: {}\n", .{ e.len, fba.end_index });
    const big = a.alloc(u8, 1000);
    std.debug.print("too big: {any}\n", .{big});
}
