const std = @import("std");

pub fn main() !void {
    var buf: [256]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const a = fba.allocator();
    const x = try a.alloc(u64, 4);
    x[0] = 1;
    x[1] = 2;
    x[0] = 3;
    _ = a.resize(x, 3);
    a.free(x[0..3]);
    const y = try a.alloc(u32, 2);
    y[0] = 5;
    std.debug.print("{d}\n", .{y[0]});
}
