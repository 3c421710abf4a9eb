const std = @import("std");
const Allocator = std.mem.Allocator;

// The alignment's type is std.mem.Alignment in Zig 0.14.0 and a log2 u8 in the development
// build that records the probes: it is read from the signature, so the call is the same in both.
const Align = @typeInfo(@TypeOf(Allocator.rawResize)).@"fn".params[2].type.?;
fn log2Align(comptime n: u6) Align {
    return if (Align == u8) n else @enumFromInt(n);
}

pub fn main() !void {
    var buf: [64]u8 align(16) = undefined;
    var fba = std.heap.FixedBufferAllocator.init(&buf);
    const a = fba.allocator();
    const s = try a.alloc(u8, 8);
    std.debug.print("grow last: {} used {}\n", .{ a.rawResize(s, log2Align(0), 16, @returnAddress()), fba.end_index });
    const t = try a.alloc(u8, 4);
    std.debug.print("grow not last: {}\n", .{a.rawResize(s, log2Align(0), 32, @returnAddress())});
    std.debug.print("shrink last: {} used {}\n", .{ a.rawResize(t, log2Align(0), 2, @returnAddress()), fba.end_index });
    std.debug.print("too big: {}\n", .{a.rawResize(t, log2Align(0), 1000, @returnAddress())});
}
