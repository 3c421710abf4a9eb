const std = @import("std");
const Allocator = std.mem.Allocator;

// The alignment's type is std.mem.Alignment in Zig 0.14.0 and a log2 u8 in the development
// build that records the probes: it is read from the signature, so the call is the same in both.
const Align = @typeInfo(@TypeOf(Allocator.noFree)).@"fn".params[2].type.?;
fn log2Align(comptime n: u6) Align {
    return if (Align == u8) n else @enumFromInt(n);
}

pub fn main() void {
    var buf = [_]u8{ 1, 2, 3, 4 };
    var ctx: u8 = 0;
    Allocator.noFree(&ctx, &buf, log2Align(0), 0);
    std.debug.print("after noFree: {any}\n", .{buf});
}
