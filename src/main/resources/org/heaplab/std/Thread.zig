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
