const std = @import("std");
const Allocator = std.mem.Allocator;

// The alignment's type is std.mem.Alignment in Zig 0.14.0 and a log2 u8 in the development
// build that records the probes: it is read from the signature, so the call is the same in both.
const Align = @typeInfo(@TypeOf(Allocator.rawAlloc)).@"fn".params[2].type.?;
fn log2Align(comptime n: u6) Align {
    return if (Align == u8) n else @enumFromInt(n);
}

pub fn main() void {
    var buf: [64]u8 align(16) = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const a = fba.allocator();
    const p = a.rawAlloc(10, log2Align(3), @returnAddress());
    std.debug.print("10 bytes: {} used {}\n", .{ p != null, fba.end_index });
    const q = a.rawAlloc(4, log2Align(4), @returnAddress());
    std.debug.print("16-aligned: {} used {} aligned {}\n", .{ q != null, fba.end_index, @intFromPtr(q.?) % 16 == 0 });
    const r = a.rawAlloc(100, log2Align(0), @returnAddress());
    std.debug.print("too big: {}\n", .{r == null});
}
