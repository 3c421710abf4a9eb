const std = @import("std");

pub fn main() !void {
    const pa = std.heap.page_allocator;
    var buf = try pa.alloc(u32, 1000);
    for (buf, 0..) |*v, i| v.* = @intCast(i * 3);
    std.debug.print("len {d} last {d}\n", .{ buf.len, buf[buf.len - 1] });
    buf = try pa.realloc(buf, 2000);
    std.debug.print("after realloc len {d} kept {d}\n", .{ buf.len, buf[999] });
    const shrunk = pa.resize(buf, 10);
    std.debug.print("resize to 10: {}\n", .{shrunk});
    if (shrunk) buf = buf[0..10];
    std.debug.print("{any}\n", .{buf});
    pa.free(buf);

    var fba_mem: [64]u8 = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&fba_mem);
    const a = fba.allocator();
    const x = try a.alloc(u8, 10);
    const y = try a.alloc(u8, 10);
    std.debug.print("end {d}\n", .{fba.end_index});
    std.debug.print("resize last: {} resize first: {}\n", .{ a.resize(y, 30), a.resize(x, 30) });
    std.debug.print("end {d}\n", .{fba.end_index});
    a.free(y);
    std.debug.print("end after free {d}\n", .{fba.end_index});
    const z = try a.create(u8);
    z.* = std.math.maxInt(u8);
    std.debug.print("z at offset {d}: {d}\n", .{ @intFromPtr(z) - @intFromPtr(&fba_mem), z.* });
    const big = a.alloc(u8, 100) catch |err| blk: {
        std.debug.print("big: {s}\n", .{@errorName(err)});
        break :blk &[_]u8{};
    };
    std.debug.print("big len {d}\n", .{big.len});
    var sfa = std.heap.stackFallback(16, pa);
    const sa = sfa.get();
    const small = try sa.alloc(u8, 8);
    const large = try sa.alloc(u8, 4096);
    std.debug.print("small {d} large {d}\n", .{ small.len, large.len });
    sa.free(large);
    sa.free(small);
}
