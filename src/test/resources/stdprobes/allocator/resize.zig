const std = @import("std");

pub fn main() !void {
    var buf: [64]u8 align(16) = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const a = fba.allocator();
    const s = try a.alloc(u8, 8);
    std.debug.print("grow last: {} used {}\n", .{ a.resize(s, 16), fba.end_index });
    const t = try a.alloc(u8, 4);
    std.debug.print("grow not last: {}\n", .{a.resize(s, 32)});
    std.debug.print("shrink last: {} used {}\n", .{ a.resize(t, 2), fba.end_index });
    std.debug.print("too big: {}\n", .{a.resize(t, 1000)});
    const e: []u8 = &.{};
    std.debug.print("empty: {}\n", .{a.resize(e, 4)});
}
