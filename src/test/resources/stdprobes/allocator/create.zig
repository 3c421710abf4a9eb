const std = @import("std");

pub fn main() !void {
    var buf: [64]u8 align(16) = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const a = fba.allocator();
    const p = try a.create(u32);
    p.* = 42;
    std.debug.print("value: {} used: {}\n", .{ p.*, fba.end_index });
    const S = struct { x: u8, y: u64 };
    const s = try a.create(S);
    s.* = .{ .x = 1, .y = 2 };
    std.debug.print("struct: {} {} used: {}\n", .{ s.x, s.y, fba.end_index });
    const z = try a.create(void);
    _ = z;
    std.debug.print("void used: {}\n", .{fba.end_index});
    const big = a.create([100]u8);
    std.debug.print("too big: {any}\n", .{big});
}
