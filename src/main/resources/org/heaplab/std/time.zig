//! Time, after Zig 0.14's `lib/std/time.zig`. Heap Lab's clock is simulated: it reads
//! 2025-01-01T00:00:00Z when the program starts and advances one microsecond per statement, so a
//! run repeats exactly (time travel replays it) and timings show the work a program does.

// Divisions of a nanosecond.
pub const ns_per_us = 1000;
pub const ns_per_ms = 1000 * ns_per_us;
pub const ns_per_s = 1000 * ns_per_ms;
pub const ns_per_min = 60 * ns_per_s;
pub const ns_per_hour = 60 * ns_per_min;
pub const ns_per_day = 24 * ns_per_hour;
pub const ns_per_week = 7 * ns_per_day;

// Divisions of a microsecond.
pub const us_per_ms = 1000;
pub const us_per_s = 1000 * us_per_ms;
pub const us_per_min = 60 * us_per_s;
pub const us_per_hour = 60 * us_per_min;
pub const us_per_day = 24 * us_per_hour;
pub const us_per_week = 7 * us_per_day;

// Divisions of a millisecond.
pub const ms_per_s = 1000;
pub const ms_per_min = 60 * ms_per_s;
pub const ms_per_hour = 60 * ms_per_min;
pub const ms_per_day = 24 * ms_per_hour;
pub const ms_per_week = 7 * ms_per_day;

// Divisions of a second.
pub const s_per_min = 60;
pub const s_per_hour = s_per_min * 60;
pub const s_per_day = s_per_hour * 24;
pub const s_per_week = s_per_day * 7;

extern fn hlNanos() i64;

/// Nanoseconds since the epoch, on the simulated clock.
pub fn nanoTimestamp() i128 {
    return hlNanos();
}

/// Microseconds since the epoch, on the simulated clock.
pub fn microTimestamp() i64 {
    return @intCast(@divFloor(nanoTimestamp(), ns_per_us));
}

/// Milliseconds since the epoch, on the simulated clock.
pub fn milliTimestamp() i64 {
    return @intCast(@divFloor(nanoTimestamp(), ns_per_ms));
}

/// Seconds since the epoch, on the simulated clock.
pub fn timestamp() i64 {
    return @divFloor(milliTimestamp(), ms_per_s);
}

/// Heap Lab does not pause a program: sleeping returns at once.
pub fn sleep(nanoseconds: u64) void {
    _ = nanoseconds;
}

/// A monotonic timer on the simulated clock.
pub const Timer = struct {
    started: i64,
    previous: i64,

    pub const Error = error{TimerUnsupported};

    pub fn start() Error!Timer {
        const now = hlNanos();
        return .{ .started = now, .previous = now };
    }

    /// Nanoseconds since start or the last reset.
    pub fn read(self: *Timer) u64 {
        return @intCast(hlNanos() - self.started);
    }

    pub fn reset(self: *Timer) void {
        self.started = hlNanos();
    }

    /// The time since start or the last reset, and a reset.
    pub fn lap(self: *Timer) u64 {
        const now = hlNanos();
        const since: u64 = @intCast(now - self.started);
        self.started = now;
        return since;
    }
};
