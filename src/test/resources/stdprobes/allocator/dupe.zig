const std = @import("std");

pub fn main() !void {
    var buf: [64]u8 align(16) = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const a = fba.allocator();
    const s = try a.dupe(u8, "hello");
    std.debug.print("str: {s} used {}\n", .{ s, fba.end_index });
    const n = try a.dupe(i32, &[_]i32{ -1, 2 });
    std.debug.print("ints: {any}\n", .{n});
    const e = try a.dupe(u8, "");
    std.debug.print("empty: len {}\n", .{e.len});
    const big = a.dupe(u8, &([_]u8{1} ** 100));
    std.debug.print("too big: {any}\n", .{big});
}
