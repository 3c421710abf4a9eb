//! Threads are not part of Heap Lab's subset; `Mutex` is here because allocators that may be
//! shared between threads hold one. Programs run on a single thread, so it never waits.

pub const Mutex = struct {
    locked: bool = false,

    pub fn lock(m: *Mutex) void {
        std.debug.assert(!m.locked); // would deadlock: the only thread already holds it
        m.locked = true;
    }

    pub fn tryLock(m: *Mutex) bool {
        if (m.locked) return false;
        m.locked = true;
        return true;
    }

    pub fn unlock(m: *Mutex) void {
        std.debug.assert(m.locked);
        m.locked = false;
    }
};

const std = @import("std.zig");

pub const SpawnConfig = struct {
    stack_size: usize = 16 * 1024 * 1024,
    allocator: ?std.mem.Allocator = null,
};

pub const SpawnError = error{ ThreadQuotaExceeded, SystemResources, OutOfMemory, LockedMemoryLimitExceeded, Unexpected };

/// Heap Lab runs a program on one thread: spawning another is a compile error that says so.
pub fn spawn(config: SpawnConfig, comptime function: anytype, args: anytype) SpawnError!@This() {
    _ = .{ config, function, args };
    @compileError("Heap Lab runs programs on a single thread: std.Thread.spawn is not supported");
}

pub fn join(self: @This()) void {
    _ = self;
}

/// The one thread's id.
pub fn getCurrentId() u32 {
    return 1;
}

/// Heap Lab does not pause a program: sleeping returns at once.
pub fn sleep(nanoseconds: u64) void {
    _ = nanoseconds;
}
