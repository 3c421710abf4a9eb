package org.heaplab.runtime;

/**
 * A run's limits as the machine checks them: the step budget, the deadline and stop requests.
 * Statements count against the budget at the VM's checks ({@link #check}); so does work done
 * inside one instruction or native ({@link #work}: bytes set, copied, read, formatted or hashed,
 * one unit a byte or an element compared), which brings the deadline and stop requests to be
 * checked every {@link #WORK_CHECK} units, so a {@code @memset} of 256 MiB in a loop stops on
 * time like any loop.
 */
final class RunLimits {
    private static final long WORK_CHECK = 1 << 16;

    long maxSteps = Long.MAX_VALUE;
    private long deadlineNanos = Long.MAX_VALUE;
    private volatile boolean stopRequested;
    private long work;
    private long workCheckAt = WORK_CHECK;

    void set(long maxSteps, long maxMillis) {
        this.maxSteps = maxSteps <= 0 ? Long.MAX_VALUE : maxSteps;
        this.deadlineNanos = maxMillis <= 0 ? Long.MAX_VALUE : System.nanoTime() + maxMillis * 1_000_000L;
    }

    /** Moves the deadline later (by the time a run spent paused, which is not running time). */
    void extendDeadline(long nanos) {
        if (deadlineNanos != Long.MAX_VALUE && nanos > 0) deadlineNanos += nanos;
    }

    /** Asks the run to stop at the next check (from any thread). */
    void requestStop() { stopRequested = true; }

    /** The work counted so far (a checkpoint keeps it). */
    long work() { return work; }

    /** Back at a checkpoint: its work, and no stop pending. */
    void restore(long work) {
        this.work = work;
        this.workCheckAt = work + WORK_CHECK;
        this.stopRequested = false;
    }

    /** Counts work done inside one instruction or native, {@code steps} statements into the run. */
    void work(long units, long steps) {
        work += units;
        if (work < workCheckAt) return;
        workCheckAt = work + WORK_CHECK;
        if (stopRequested) throw new LimitExceeded(LimitExceeded.Limit.STOPPED, "stopped on request");
        if (maxSteps != Long.MAX_VALUE && steps + work >= maxSteps) {
            throw new LimitExceeded(LimitExceeded.Limit.STEPS, "it ran more than " + maxSteps
                    + " statements (each byte a memset, copy, format or hash goes through counts as one)");
        }
        if (System.nanoTime() > deadlineNanos) throw new LimitExceeded(LimitExceeded.Limit.TIME, "it ran out of time");
    }

    /** The check at a statement, {@code steps} into the run. */
    void check(long steps) {
        if (steps >= maxSteps || maxSteps != Long.MAX_VALUE && steps + work >= maxSteps) {
            throw new LimitExceeded(LimitExceeded.Limit.STEPS, "it ran more than " + maxSteps + " statements");
        }
        if (stopRequested) throw new LimitExceeded(LimitExceeded.Limit.STOPPED, "stopped on request");
        // the clock is read every 4,096 statements (each check is one when no hook runs)
        if ((steps & 0xFFF) == 0 && System.nanoTime() > deadlineNanos) throw new LimitExceeded(LimitExceeded.Limit.TIME, "it ran out of time");
    }
}
