const std = @import("std");

pub fn main() !void {
    var buf: [64]u8 align(16) = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const a = fba.allocator();
    const s = try a.dupeZ(u8, "hello");
    std.debug.print("str: {s} len {} sentinel {} used {}\n", .{ s, s.len, s[s.len], fba.end_index });
    const e = try a.dupeZ(u8, "");
    std.debug.print("empty: len {} used {}\n", .{ e.len, fba.end_index });
    const big = a.dupeZ(u8, &([_]u8{1} ** 64));
    std.debug.print("too big: {any}\n", .{big});
}
