const std = @import("std.zig");

/// Prints to stderr, unbuffered, with Zig's format syntax.
pub extern fn print(comptime fmt: []const u8, args: anytype) void;

/// In Debug builds a false assertion reaches `unreachable` and panics.
pub fn assert(ok: bool) void {
    if (!ok) unreachable;
}

pub extern fn panic(comptime format: []const u8, args: anytype) noreturn;
