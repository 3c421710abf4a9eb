const std = @import("std");

fn Buffer(comptime size: usize) type {
    if (size == 0) @compileError("Buffer size must be positive");
    if (!std.math.isPowerOfTwo(size)) @compileError(std.fmt.comptimePrint("Buffer size {d} is not a power of two", .{size}));
    return struct {
        data: [size]u8 = undefined,
        len: usize = 0,
    };
}

pub fn main() void {
    const a = Buffer(16){};
    const b = Buffer(24){};
    std.debug.print("{d} {d}\n", .{ a.len, b.len });
}
