const std = @import("std");

pub fn main() !void {
    var buf: [64]u8 align(16) = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const a = fba.allocator();
    const x = try a.alloc(u8, 1);
    _ = x;
    const s = try a.alignedAlloc(u8, 16, 4);
    std.debug.print("aligned 16: len {} aligned {} used {}\n", .{ s.len, @intFromPtr(s.ptr) % 16 == 0, fba.end_index });
    const t = try a.alignedAlloc(u32, null, 2);
    std.debug.print("natural: len {} used {}\n", .{ t.len, fba.end_index });
    const big = a.alignedAlloc(u8, 8, 100);
    std.debug.print("too big: {any}\n", .{big});
}
