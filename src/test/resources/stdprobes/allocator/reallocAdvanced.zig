const std = @import("std");

pub fn main() !void {
    var buf: [64]u8 align(16) = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const a = fba.allocator();
    var s = try a.alloc(u16, 2);
    s[0] = 7;
    s[1] = 8;
    s = try a.reallocAdvanced(s, 4, @returnAddress());
    std.debug.print("grow: len {} head {any} used {}\n", .{ s.len, s[0..2], fba.end_index });
    const e: []u16 = &.{};
    const n = try a.reallocAdvanced(e, 3, 0);
    std.debug.print("from empty: len {} used {}\n", .{ n.len, fba.end_index });
    const r = a.reallocAdvanced(n, 500, 0);
    std.debug.print("too big: {any}\n", .{r});
}
