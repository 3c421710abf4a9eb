const std = @import("std.zig");

/// Prints to stderr, unbuffered, with Zig's format syntax.
pub extern fn print(comptime fmt: []const u8, args: anytype) void;

/// In Debug builds a false assertion reaches `unreachable` and panics.
pub fn assert(ok: bool) void {
    if (!ok) unreachable;
}

pub extern fn panic(comptime format: []const u8, args: anytype) noreturn;

/// Takes stderr for a run of writes (Zig: std.Progress.lockStdErr). Heap Lab runs one thread,
/// so there is nothing to wait for.
pub fn lockStdErr() void {}

pub fn unlockStdErr() void {}

/// Fills `stack_trace` with the return addresses of the calls on the stack, starting with the
/// frame that `first_address` returns into (the caller's frame when null).
pub fn captureStackTrace(first_address: ?usize, stack_trace: *std.builtin.StackTrace) void {
    stack_trace.index = captureAddresses(first_address orelse @returnAddress(), stack_trace.instruction_addresses);
}

extern fn captureAddresses(first_address: usize, addresses: []usize) usize;

/// Prints a newline and then the frames of a captured trace to stderr, as formatting a
/// `std.builtin.StackTrace` with `{}` does.
pub extern fn printStackTrace(addresses: []const usize) void;

pub const runtime_safety = switch (@import("builtin").mode) {
    .Debug, .ReleaseSafe => true,
    .ReleaseFast, .ReleaseSmall => false,
};

/// Detects illegal behavior such as modifying a container while pointers into it are held
/// (std.HashMap's and std.ArrayHashMap's `lockPointers`).
pub const SafetyLock = struct {
    state: State = if (runtime_safety) .unlocked else .unknown,

    pub const State = if (runtime_safety) enum { unlocked, locked } else enum { unknown };

    pub fn lock(l: *SafetyLock) void {
        if (!runtime_safety) return;
        assert(l.state == .unlocked);
        l.state = .locked;
    }

    pub fn unlock(l: *SafetyLock) void {
        if (!runtime_safety) return;
        assert(l.state == .locked);
        l.state = .unlocked;
    }

    pub fn assertUnlocked(l: SafetyLock) void {
        if (!runtime_safety) return;
        assert(l.state == .unlocked);
    }

    pub fn assertLocked(l: SafetyLock) void {
        if (!runtime_safety) return;
        assert(l.state == .locked);
    }
};
