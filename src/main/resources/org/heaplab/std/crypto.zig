//! std.crypto, only its `random` for now: Zig's thread-local CSPRNG (crypto/tlcsprng.zig) is a
//! ChaCha seeded from the OS, so its values differ from run to run; Heap Lab takes the bytes
//! from the OS directly (posix.getrandom), which is just as unpredictable. Programs that print
//! values drawn from it cannot be compared with Zig's output anyway.

const std = @import("std.zig");

/// This is a thread-local, cryptographically secure pseudo random number generator.
pub const random: std.Random = .{
    .ptr = undefined,
    .fillFn = tlsCsprngFill,
};

fn tlsCsprngFill(_: *anyopaque, buffer: []u8) void {
    std.posix.getrandom(buffer) catch unreachable;
}
