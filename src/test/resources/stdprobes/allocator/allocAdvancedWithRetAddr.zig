const std = @import("std");

pub fn main() !void {
    var buf: [64]u8 align(16) = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const a = fba.allocator();
    const s = try a.allocAdvancedWithRetAddr(u8, null, 5, @returnAddress());
    std.debug.print("len {} used {}\n", .{ s.len, fba.end_index });
    const t = try a.allocAdvancedWithRetAddr(u8, 8, 3, 0);
    std.debug.print("aligned 8: len {} used {}\n", .{ t.len, fba.end_index });
    const big = a.allocAdvancedWithRetAddr(u64, null, 100, 0);
    std.debug.print("too big: {any}\n", .{big});
}
