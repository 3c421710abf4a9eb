const std = @import("std");

pub fn main() !void {
    var buf: [64]u8 align(16) = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const a = fba.allocator();
    const s = try a.allocWithOptions(u8, 5, null, 0);
    std.debug.print("sentinel: len {} s[5]={} used {}\n", .{ s.len, s[5], fba.end_index });
    const t = try a.allocWithOptions(u8, 3, 16, null);
    std.debug.print("aligned 16: len {} aligned {} used {}\n", .{ t.len, @intFromPtr(t.ptr) % 16 == 0, fba.end_index });
    const big = a.allocWithOptions(u8, 100, null, null);
    std.debug.print("too big: {any}\n", .{big});
}
