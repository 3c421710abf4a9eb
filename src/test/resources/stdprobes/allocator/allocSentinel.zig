const std = @import("std");

pub fn main() !void {
    var buf: [64]u8 align(16) = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const a = fba.allocator();
    const s = try a.allocSentinel(u8, 4, 0);
    @memcpy(s, "abcd");
    std.debug.print("str: {s} len {} sentinel {} used {}\n", .{ s, s.len, s[s.len], fba.end_index });
    const e = try a.allocSentinel(u8, 0, 0);
    std.debug.print("empty: len {} used {}\n", .{ e.len, fba.end_index });
    const big = a.allocSentinel(u8, 64, 0);
    std.debug.print("too big: {any}\n", .{big});
}
