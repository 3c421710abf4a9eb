const std = @import("std");

pub fn main() !void {
    var buf: [64]u8 align(16) = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const a = fba.allocator();
    var s = try a.alloc(u8, 4);
    @memcpy(s, "abcd");
    s = try a.realloc(s, 8);
    std.debug.print("grow: len {} head {s} used {}\n", .{ s.len, s[0..4], fba.end_index });
    s = try a.realloc(s, 2);
    std.debug.print("shrink: {s} used {}\n", .{ s, fba.end_index });
    const r = a.realloc(s, 1000);
    std.debug.print("too big: {any}\n", .{r});
    s = try a.realloc(s, 0);
    std.debug.print("to zero: len {}\n", .{s.len});
}
