const std = @import("std");

pub fn main() !void {
    var buf: [64]u8 align(16) = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const a = fba.allocator();
    const s = try a.allocWithOptionsRetAddr(u16, 4, null, 7, @returnAddress());
    std.debug.print("sentinel: len {} s[4]={} used {}\n", .{ s.len, s[4], fba.end_index });
    const t = try a.allocWithOptionsRetAddr(u8, 2, 8, null, 0);
    std.debug.print("aligned 8: len {} used {}\n", .{ t.len, fba.end_index });
    const big = a.allocWithOptionsRetAddr(u8, 100, null, 0, 0);
    std.debug.print("too big: {any}\n", .{big});
}
